"""The main window's part of the marketing rules, kept out of `main_window.py`.

- `MarketingTools`: « Désinscrits… » and « Réponses… » in the Outils menu, the latter with the
  unread count (« Réponses (3)… »), refreshed off the GUI thread every minute.
- `ConsentAsker`: during a marketing send, on the sending thread, looks each recipient up in the
  bookstore database (`consent.check`) and, when some are on no customer card, asks the clerk
  once « J'ai l'accord de ces N destinataires » on the GUI thread (the sending thread waits for
  the answer; the GUI thread never waits on the store). Without that agreement they are blocked.
- `confirm_lines`: what the send confirmation adds for a marketing send (the STOP mention and
  the SMS it costs).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ellipses_sms import consent, policy, sms
from ellipses_sms.recipients import Recipient
from ellipses_sms.ui.bridge import Worker

log = logging.getLogger(__name__)

#: Recipients the clerk did not vouch for (not in the bookstore database), as the history says.
NOT_CONFIRMED = "Accord non confirmé : numéro absent de la base librairie"
#: Milliseconds between two unread counts, and before the first one.
REFRESH_MS = 60_000
FIRST_MS = 3_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Marketing", text)


def with_mention(settings, text: str) -> sms.SmsInfo:
    """The counter's figures for `text` as a marketing SMS leaves: with its STOP mention."""
    return sms.analyze(policy.with_stop_mention(text, policy.stop_mention(settings)))


def confirm_lines(settings, text: str) -> list[str]:
    """The send confirmation's lines for a marketing send."""
    mention = policy.stop_mention(settings)
    parts = sms.measure(policy.with_stop_mention(text, mention)).parts
    return [
        _tr("La mention « %1 » est ajoutée à la fin : %2 SMS par destinataire.")
        .replace("%1", mention)
        .replace("%2", str(parts)),
        _tr("Hors des heures permises, l'envoi est programmé pour la prochaine heure permise."),
    ]


class ConsentAsker(QObject):
    """Created on the GUI thread; `check` is called on the sending thread."""

    _ask = Signal(int)

    def __init__(self, parent: QWidget, settings):
        super().__init__(parent)
        self.settings = settings
        self._answer = False
        self._ask.connect(self._question, Qt.ConnectionType.BlockingQueuedConnection)

    def check(self, people: Sequence[Recipient], composition) -> int | None:
        """Refuse the customers whose card says no; ask about those on no card. Returns how
        many the clerk vouched for (for `create_job(consent_confirmed=…)`)."""
        found = consent.check(people, self.settings)
        composition.refuse(found.refusals)
        unknown = [i for i in found.unknown if i not in composition.refusals]
        if not unknown:
            return None
        self._ask.emit(len(unknown))  # the clerk answers on the GUI thread
        if self._answer:
            return len(unknown)
        composition.refuse(dict.fromkeys(unknown, NOT_CONFIRMED))
        return None

    @Slot(int)
    def _question(self, count: int) -> None:
        parent = self.parent()
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
        answer = QMessageBox.question(
            parent if isinstance(parent, QWidget) else None,
            _tr("Accord des destinataires"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self._answer = answer == QMessageBox.StandardButton.Yes


class MarketingTools(QObject):
    """« Désinscrits… » and « Réponses (N)… » in the Outils menu of the main window."""

    def __init__(self, window: QWidget, menu: QMenu, services):
        super().__init__(window)
        self.window = window
        self.services = services
        self._worker: Worker | None = None
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
        return self._worker is not None

    def refresh(self) -> None:
        """Count the unread replies on a worker thread (one count at a time)."""
        if self._worker is not None:
            return
        from ellipses_sms import replies

        store = self.services.store
        self._worker = Worker(lambda: replies.unread_count(store), "gui-replies")
        self._worker.done.connect(self._show_unread)
        self._worker.failed.connect(self._ignore)
        self._worker.start()

    def _ignore(self, exc: BaseException) -> None:
        self._worker = None
        log.info("unread replies not counted: %s", exc)

    def _show_unread(self, count: int) -> None:
        self._worker = None
        self.unread = count
        if count:
            self.act_replies.setText(_tr("Réponses (%1)…").replace("%1", str(count)))
        else:
            self.act_replies.setText(_tr("Réponses…"))

    def show_optouts(self) -> None:
        from ellipses_sms.ui.optout_dialog import OptOutDialog

        OptOutDialog(self.services, self.window).exec()

    def show_replies(self) -> None:
        from ellipses_sms.ui.replies_dialog import RepliesDialog

        RepliesDialog(self.services, self.window).exec()
        self.refresh()

    def close(self) -> None:
        self.timer.stop()
