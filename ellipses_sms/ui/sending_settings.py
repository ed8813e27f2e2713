"""Paramètres › « Envois »: what happens when the provider does not answer (how many tries, how
long between them), the backup provider, and how often the delivery of sent SMS is checked.

The values are the ones `sending.outcomes.RetryPolicy` and the report poller read
(`max_attempts`, `retry_base_delay`, `retry_max_delay`, `report_poll_interval`); the sentence
under the fields says in words what the dispatcher will do with them: the wait doubles after
each try, up to the longest wait.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from ellipses_sms.gateway import SANDBOX
from ellipses_sms.ui.settings_widgets import DurationEdit, compact


class SendingSettings(QWidget):
    """The « Envois » tab; `save()` sets the values (the dialog writes the file)."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)

        retries = QGroupBox(self.tr("Si le fournisseur ne répond pas"))
        inner = QFormLayout(retries)
        self.attempts = QSpinBox()
        self.attempts.setObjectName("maxAttempts")
        self.attempts.setRange(1, 20)
        self.attempts.setValue(max(1, int(settings.get("max_attempts"))))
        self.attempts.setSuffix(self.tr(" fois"))
        self.attempts.setToolTip(
            self.tr(
                "Un fournisseur injoignable ou surchargé refuse parfois un envoi pour un moment : "
                "le SMS est alors essayé de nouveau, jusqu'à ce nombre d'essais en tout. Un "
                "numéro refusé ou un crédit épuisé n'est jamais réessayé."
            )
        )
        inner.addRow(self.tr("Essayer chaque SMS au plus :"), compact(self.attempts))
        self.first_wait = DurationEdit(float(settings.get("retry_base_delay")), 1, 3600)
        self.first_wait.setObjectName("firstWait")
        inner.addRow(self.tr("Premier nouvel essai après :"), self.first_wait)
        self.longest_wait = DurationEdit(float(settings.get("retry_max_delay")), 1, 86_400)
        self.longest_wait.setObjectName("longestWait")
        inner.addRow(self.tr("Puis au plus toutes les :"), self.longest_wait)
        for row, label in (
            (self.first_wait, self.tr("Premier nouvel essai après")),
            (self.longest_wait, self.tr("Puis au plus toutes les")),
        ):
            row.setAccessibleName(label)
        self.summary = QLabel()
        self.summary.setObjectName("retrySummary")
        self.summary.setWordWrap(True)
        inner.addRow(self.summary)
        form.addRow(retries)

        self.failover_combo = QComboBox()
        self.failover_combo.setObjectName("failover")
        self.failover_combo.addItem(self.tr("(aucun)"), "")
        for name in sorted((settings.raw("providers", {}) or {}).keys()):
            if name != SANDBOX:
                self.failover_combo.addItem(name, name)
        current = str(settings.get("failover_provider") or "")
        self.failover_combo.setCurrentIndex(max(0, self.failover_combo.findData(current)))
        self.failover_combo.setToolTip(
            self.tr(
                "Prend seulement les messages que le fournisseur de l'envoi n'a certainement pas "
                "reçus (injoignable, identifiants ou crédit refusés), jamais un message peut-être "
                "parti."
            )
        )
        form.addRow(self.tr("Fournisseur de secours :"), self.failover_combo)

        self.poll = DurationEdit(float(settings.get("report_poll_interval")), 1, 3600)
        self.poll.setObjectName("reportPoll")
        self.poll.setAccessibleName(self.tr("Vérifier la remise des SMS toutes les"))
        self.poll.setToolTip(
            self.tr(
                "Le programme demande au fournisseur si les SMS envoyés sont arrivés sur le "
                "téléphone des clients. Plus souvent : la colonne État se met à jour plus vite ; "
                "certains fournisseurs limitent le nombre de demandes."
            )
        )
        form.addRow(self.tr("Vérifier la remise des SMS toutes les :"), self.poll)

        for signal in (self.attempts.valueChanged, self.first_wait.changed):
            signal.connect(self._explain)
        self.longest_wait.changed.connect(self._explain)
        self._explain()
        self._shown = self._values()  # a value not touched here is left as the file has it

    def _values(self) -> dict[str, object]:
        return {
            "max_attempts": self.attempts.value(),
            "retry_base_delay": float(self.first_wait.seconds()),
            "retry_max_delay": float(self.longest_wait.seconds()),
            "report_poll_interval": float(self.poll.seconds()),
            "failover_provider": self.failover_combo.currentData() or "",
        }

    def _explain(self) -> None:
        """The retry fields in one sentence, as the dispatcher will apply them."""
        tries = self.attempts.value()
        if tries <= 1:
            text = self.tr("Le SMS n'est pas essayé de nouveau : il est marqué en échec.")
        else:
            text = self.tr(
                "Nouvelles tentatives si le fournisseur ne répond pas : %n fois", "", tries - 1
            ) + self.tr(", la première après %1, au plus toutes les %2.").replace(
                "%1", self.first_wait.text()
            ).replace("%2", self.longest_wait.text())
        self.summary.setText(text)

    def save(self) -> QWidget | None:
        """Set the values changed here (none can be refused: the fields only take usable ones).

        The fields count whole seconds; a value they cannot show (0.05 s, set by hand) stays as
        it is unless the clerk changes it.
        """
        for key, value in self._values().items():
            if value != self._shown[key]:
                self.settings.set(key, value)
        return None
