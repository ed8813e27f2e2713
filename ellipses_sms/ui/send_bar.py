"""The row under the message: « Envoyer », the progress of a send, « Annuler », the line that says
how the last send ended, and « Reprendre l'envoi annulé ».

Only presentation: the counts it shows come from the journal's events (`EventRelay`), and what
« envoyé » and « refusé » mean is `states`' (ACCEPTED, and the refused states).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from ellipses_sms.states import ACCEPTED, REFUSED, MessageState


class SendBar(QWidget):
    """Buttons and progress of a send; the `SendController` drives it."""

    def __init__(self, send_icon: QIcon, send_tip: str, resume_tip: str, parent=None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.send_state = QLabel(self)
        self.send_state.setObjectName("sendState")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setFormat(self.tr("%v / %m envoyés"))
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip(
            self.tr("Arrêter l'envoi : les messages pas encore partis sont annulés")
        )
        self.cancel_button.setVisible(False)
        self.resume_cancelled_button = QPushButton(self.tr("Reprendre l'envoi annulé"), self)
        self.resume_cancelled_button.setObjectName("resumeCancelled")
        self.resume_cancelled_button.setToolTip(resume_tip)
        self.resume_cancelled_button.setVisible(False)
        self.send_button = QPushButton(send_icon, self.tr("Envoyer"), self)
        self.send_button.setObjectName("send")
        self.send_button.setToolTip(send_tip)
        self.send_button.setMinimumHeight(36)
        self.send_button.setMinimumWidth(140)
        bold = self.send_button.font()
        bold.setBold(True)
        self.send_button.setFont(bold)
        row.addWidget(self.send_state)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        row.addWidget(self.resume_cancelled_button)
        row.addWidget(self.send_button)

    def say(self, text: str) -> None:
        self.send_state.setText(text)

    def started(self, total: int, done: int = 0) -> None:
        self.progress.setFormat(self.tr("%v / %m envoyés"))
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Annuler"))
        self.say(self.tr("Envoi en cours…"))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Annulation…"))
        self.say(self.tr("Annulation en cours…"))

    def advanced(self, done: int, total: int, counts: Mapping[MessageState, int]) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        refused = sum(counts.get(s, 0) for s in REFUSED)
        sent = sum(counts.get(s, 0) for s in ACCEPTED)
        if refused:  # a refused number is not « envoyé »: counted apart
            self.progress.setFormat(
                self.tr("%v / %m traités : %1 envoyé(s), %2 refusé(s)")
                .replace("%1", QLocale().toString(sent))
                .replace("%2", QLocale().toString(refused))
            )
        else:
            self.progress.setFormat(self.tr("%v / %m envoyés"))

    def ended(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def offer_resume(self, shown: bool) -> None:
        self.resume_cancelled_button.setVisible(shown)
