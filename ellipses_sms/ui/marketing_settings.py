"""Paramètres › Publicité: the marketing window's hours, the département, the STOP mention and
whether opted-out customers still get notices.

Checked by the same rule the send path applies (`policy.marketing_window`: start before end, end
at 21:30 at the latest), so that the settings saved here are the ones a send can use.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from ellipses_sms import policy
from ellipses_sms.hours import parse_hhmm
from ellipses_sms.ui.reason_text import reason_text


class _Values(dict):
    """The form's values read as `Settings.get` reads the file."""

    def get(self, key, default=None):
        return super().get(key, default)


class MarketingSettings(QWidget):
    """The « Publicité » tab; `save()` sets the values (the dialog writes the file)."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Les SMS publicitaires partent du lundi au samedi, dans ces heures, jamais un "
                "jour férié ; hors de ces heures, l'envoi est programmé pour la prochaine heure "
                "permise (heure du client pour l'outre-mer)."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.start = QTimeEdit(self._time("marketing_start", "08:00"))
        self.end = QTimeEdit(self._time("marketing_end", "20:00"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.end.setMaximumTime(QTime(21, 30))
        form.addRow(self.tr("Début des envois :"), self.start)
        form.addRow(self.tr("Fin des envois (21:30 au plus tard) :"), self.end)
        self.departement = QLineEdit(str(settings.get("departement") or ""))
        self.departement.setPlaceholderText(self.tr("ex. 57"))
        self.departement.setToolTip(
            self.tr(
                "57, 67 ou 68 : les jours fériés d'Alsace-Moselle (Vendredi saint, 26 décembre)"
            )
        )
        form.addRow(self.tr("Département de la librairie :"), self.departement)
        self.mention = QLineEdit(policy.stop_mention(settings))
        form.addRow(self.tr("Mention STOP ajoutée :"), self.mention)
        self.block_notices = QCheckBox(
            self.tr("Bloquer aussi les avis (commande arrivée) pour les désinscrits")
        )
        self.block_notices.setChecked(bool(settings.get("optout_blocks_notices")))
        form.addRow(self.block_notices)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        form.addRow(self.problem)

    def _time(self, key: str, default: str) -> QTime:
        try:
            when = parse_hhmm(str(self.settings.get(key) or default))
        except ValueError:
            when = parse_hhmm(default)
        return QTime(when.hour, when.minute)

    def values(self) -> dict[str, object]:
        return {
            "marketing_start": self.start.time().toString("HH:mm"),
            "marketing_end": self.end.time().toString("HH:mm"),
            "departement": self.departement.text().strip(),
            "stop_mention": self.mention.text().strip(),
            "optout_blocks_notices": self.block_notices.isChecked(),
        }

    def save(self) -> str | None:
        """Set the values; a French problem (nothing set) when they cannot be used."""
        values = self.values()
        try:
            policy.marketing_window(_Values(values))
        except ValueError as exc:
            problem = reason_text(str(exc))
            self.problem.setText(problem)
            return problem
        if not values["stop_mention"]:
            text = self.tr("La mention STOP ne peut pas être vide.")
            self.problem.setText(text)
            return text
        self.problem.clear()
        for key, value in values.items():
            self.settings.set(key, value)
        return None
