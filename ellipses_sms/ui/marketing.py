"""The main window's part of the marketing rules, kept out of `main_window.py`.

- `MarketingTools`: « Désinscrits… » and « Réponses… » in the Outils menu, the latter with the
  unread count (« Réponses (3)… »), refreshed off the GUI thread every minute.
- `ask_consent`: once per marketing send, when the lookup of each recipient in the bookstore
  database (`consent.check`, run off the GUI thread before the confirmation) found numbers on
  no customer card, « J'ai l'accord de ces N destinataires ? ». Without it they are blocked.
- `confirm_notes`: what the send confirmation adds for a marketing send (the STOP mention,
  already counted in its parts, and the sending hours).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ellipses_sms.lazy import lazy_module
from ellipses_sms.reasons import Reason
from ellipses_sms.ui.tasks import TaskRunner

policy = lazy_module("ellipses_sms.policy", globals())  # the sending hours: at the first send

log = logging.getLogger(__name__)

#: Recipients the clerk did not vouch for (not in the bookstore database), as the history says.
NOT_CONFIRMED = Reason("not_confirmed")  # `consent.NOT_CONFIRMED`, without its imports
#: Milliseconds between two unread counts, and before the first one.
REFRESH_MS = 60_000
FIRST_MS = 3_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Marketing", text)


def ask_consent(parent: QWidget, count: int) -> bool:
    """« J'ai l'accord de ces N destinataires ? », asked once per marketing send about the
    numbers on no customer card (the lookup ran off the GUI thread); « Non » is the default."""
    if count == 1:
        text = _tr(
            "Un destinataire n'est pas dans la base librairie : son accord pour recevoir "
            "des publicités n'y est pas noté.\n\nJ'ai l'accord de ce destinataire ?"
        )
    else:
        text = _tr(
            "%1 destinataires ne sont pas dans la base librairie : leur accord pour "
            "recevoir des publicités n'y est pas noté.\n\nJ'ai l'accord de ces %1 "
            "destinataires ?"
        ).replace("%1", str(count))
    from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

    answer = QMessageBox.question(
        parent,
        _tr("Accord des destinataires"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_notes(settings) -> list[str]:
    """What the send confirmation adds for a marketing send (the parts it shows already count
    the mention)."""
    return [
        _tr("La mention « %1 » est ajoutée à la fin de chaque message.").replace(
            "%1", policy.stop_mention(settings)
        ),
        _tr("Hors des heures permises, l'envoi est programmé pour la prochaine heure permise."),
    ]


class MarketingTools(QObject):
    """« Désinscrits… » and « Réponses (N)… » in the Outils menu of the main window."""

    def __init__(self, window: QWidget, menu: QMenu, services):
        super().__init__(window)
        self.services = services
        self.tasks = TaskRunner(self, workers=1, name="gui-replies")
        self.unread = 0
        menu.addSeparator()
        self.act_optouts = QAction(_tr("Désinscrits (STOP)…"), window)
        self.act_optouts.setStatusTip(_tr("Les numéros qui ne reçoivent plus de publicité"))
        self.act_optouts.triggered.connect(self.show_optouts)
        self.act_replies = QAction(_tr("Réponses…"), window)
        self.act_replies.setStatusTip(_tr("Ce que les clients ont répondu"))
        self.act_replies.triggered.connect(self.show_replies)
        menu.addAction(self.act_optouts)
        menu.addAction(self.act_replies)
        menu.aboutToShow.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        QTimer.singleShot(FIRST_MS, self, self.refresh)  # once the window is up

    def busy(self) -> bool:
        return self.tasks.busy()  # a count on its way

    def refresh(self) -> None:
        """Count the unread replies on a worker thread (one count at a time)."""
        if self.tasks.busy():  # one count at a time
            return
        store = self.services.store

        def count() -> int:
            from ellipses_sms import replies  # imported here: 30-50 ms off the GUI thread

            return replies.unread_count(store)

        self.tasks.run(count, self._show_unread, self._ignore)

    def _ignore(self, exc: BaseException) -> None:
        log.info("unread replies not counted: %s", exc)

    def _show_unread(self, count: int) -> None:
        self.unread = count
        if count:
            self.act_replies.setText(_tr("Réponses (%1)…").replace("%1", str(count)))
        else:
            self.act_replies.setText(_tr("Réponses…"))

    def show_optouts(self) -> None:
        from ellipses_sms.ui.optout_dialog import OptOutDialog

        OptOutDialog(self.services, self.parent()).exec()

    def show_replies(self) -> None:
        from ellipses_sms.ui.replies_dialog import RepliesDialog

        RepliesDialog(self.services, self.parent()).exec()
        self.refresh()

    def close(self) -> None:
        self.timer.stop()
