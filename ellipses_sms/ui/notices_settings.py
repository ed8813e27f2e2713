"""Paramètres › « Avis de réception »: the watcher's switch, its interval, the script that finds
the received orders, the hours and the reminder.

The settings are the ones `ellipses_sms.settings` declares (`notices_*`); the watcher running in
the window and in `ellipses-sms service` reads them at each turn, so ticking the box takes
effect without a restart. No business rule here: the hours are checked by `hours.parse_hhmm`.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ellipses_sms.hours import parse_hhmm
from ellipses_sms.notices import can_find_receptions
from ellipses_sms.scripts import runner
from ellipses_sms.ui.settings_widgets import compact, problem_label


class NoticeSettings(QWidget):
    """The « Avis de réception » tab; `save()` keeps the choices (None, or a French problem)."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        self.auto = QCheckBox(self.tr("Avis de réception automatiques"))
        self.auto.setChecked(bool(settings.get("notices_auto")))
        self.auto.setToolTip(
            self.tr(
                "Quand une commande arrive, le client dont la fiche a « Alertes SMS (réception) » "
                "cochée reçoit un SMS, une seule fois, sans intervention."
            )
        )
        form.addRow(self.auto)
        self.interval = QSpinBox()
        self.interval.setRange(10, 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(int(settings.get("notices_interval")))
        self.interval.setToolTip(
            self.tr(
                "Le programme regarde dans la base de la librairie si des commandes sont "
                "arrivées, à cet intervalle, tant que la fenêtre ou le service est ouvert."
            )
        )
        form.addRow(self.tr("Chercher les réceptions toutes les :"), compact(self.interval))
        self.script = QComboBox()
        self.script.setObjectName("noticesScript")
        current = str(settings.get("notices_script") or "reception")
        for script in runner.discover():
            if can_find_receptions(script):
                whose = self.tr("fourni") if script.shipped else self.tr("de la librairie")
                self.script.addItem(f"{script.name} ({whose})", script.key)
        index = self.script.findData(current)
        if index < 0:  # a file or a name the list does not hold: kept as it is
            self.script.addItem(current, current)
            index = self.script.count() - 1
        self.script.setCurrentIndex(index)
        self.script.setToolTip(
            self.tr(
                "Le script qui donne les commandes reçues. Un script de la librairie portant le "
                "même nom de fichier remplace celui fourni."
            )
        )
        form.addRow(self.tr("Commandes reçues trouvées par :"), self.script)
        self.start = QTimeEdit(self._time("notices_start", "08:00"))
        self.end = QTimeEdit(self._time("notices_end", "21:00"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Envoyer les avis à partir de :"), compact(self.start))
        form.addRow(self.tr("et jusqu'à :"), compact(self.end))
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 90)
        self.reminder.setSpecialValueText(self.tr("jamais"))
        self.reminder.setSuffix(self.tr(" jours"))
        self.reminder.setValue(int(settings.get("notices_reminder_days")))
        self.reminder.setToolTip(
            self.tr(
                "Un seul « Rappel commande » par commande reçue et pas encore retirée ; "
                "« jamais » : pas de rappel."
            )
        )
        form.addRow(self.tr("Rappel des commandes non retirées après :"), compact(self.reminder))
        self.problem = problem_label()
        form.addRow(self.problem)
        note = QLabel(
            self.tr(
                "Hors de ces heures, un avis attend l'heure d'ouverture. Le logiciel de la "
                "librairie peut aussi appeler « ellipses-sms notify reception --order N »."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

    def _time(self, key: str, fallback: str) -> QTime:
        try:
            value = parse_hhmm(self.settings.get(key))
        except ValueError:
            value = parse_hhmm(fallback)
        return QTime(value.hour, value.minute)

    def save(self) -> str | None:
        """Keep the choices in the settings (saved by the dialog); a French problem, or None."""
        start, end = self.start.time(), self.end.time()
        if not start < end:
            text = self.tr("L'heure de début des avis doit précéder l'heure de fin.")
            self.problem.setText(text)
            return text
        self.problem.setText("")
        self.settings.set("notices_auto", self.auto.isChecked())
        self.settings.set("notices_interval", float(self.interval.value()))
        self.settings.set("notices_script", self.script.currentData() or "reception")
        self.settings.set("notices_start", start.toString("HH:mm"))
        self.settings.set("notices_end", end.toString("HH:mm"))
        self.settings.set("notices_reminder_days", self.reminder.value())
        return None
