"""Never lose the clerk's work: the question at quit (« Enregistrer la liste / Ne pas enregistrer
/ Annuler ») and the draft — table and message — put back at the next start.

The draft file is `ellipses_sms.draft`'s (atomic, a damaged one set aside); this module decides
when to ask and reads the draft off the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from ellipses_sms.lazy import lazy_module
from ellipses_sms.ui import modal
from ellipses_sms.ui.message_panel import MessagePanel
from ellipses_sms.ui.recipient_model import RecipientTableModel
from ellipses_sms.ui.send_controller import SendController
from ellipses_sms.ui.tasks import TaskRunner

draft = lazy_module("ellipses_sms.draft", globals())
log = logging.getLogger(__name__)


class DraftKeeper(QObject):
    """Asks at quit and restores at start; `status` says what came back.

    `saveList` is « Enregistrer la liste »: the save is asynchronous, so `settle` answers False
    (the window stays) and the window saves; once the file is written it calls `saved` and
    closes again, and that close goes on without asking twice. A cancelled file dialog or a
    failed save leaves the window open with the clerk's work."""

    status = Signal(str, int)
    saveList = Signal()

    def __init__(
        self,
        model: RecipientTableModel,
        message: MessagePanel,
        sending: SendController,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.message = message
        self.sending = sending
        self.tasks = TaskRunner(self, workers=1, name="gui-draft")
        self._answered = False  # the list asked for at quit was written: close without asking

    def unsent_work(self) -> bool:
        """Recipients or a message the clerk would lose (not just a send that went)."""
        if not self.model.rowCount() and not self.message.text().strip():
            return False
        sent = self.sending.sent_snapshot
        return sent is None or (
            sent[0] is not self.model.recipients() or sent[1] != self.message.text()
        )

    def settle(self) -> bool:
        """At quit: « Enregistrer la liste / Ne pas enregistrer / Annuler »; the draft is kept
        either way and comes back at the next start. False: the clerk stays (or the list is
        being saved: the window closes itself after)."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self._answered:
            self._answered = False
            self._keep_current()
            return True
        if not self.unsent_work():
            self._keep(None)
            return True
        box = QMessageBox(self.parent())
        box.setObjectName("closeQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quitter Ellipses SMS"))
        box.setText(self.tr("Enregistrer la liste des destinataires avant de quitter ?"))
        box.setInformativeText(
            self.tr("La liste et le message seront de toute façon repris au prochain démarrage.")
        )
        save = box.addButton(self.tr("Enregistrer la liste"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        discard = box.addButton(
            self.tr("Ne pas enregistrer"), QMessageBox.ButtonRole.DestructiveRole
        )
        discard.setObjectName("discard")
        stay = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("cancel")
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        save.setEnabled(self.model.rowCount() > 0)
        clicked = modal.ask(box)
        if clicked is None or clicked is stay:
            return False
        if clicked is save:
            self.saveList.emit()  # the window saves, then closes again (`saved`)
            return False
        self._keep_current()
        return True

    def saved(self) -> None:
        """The list asked for at quit is written: the next close goes on without asking."""
        self._answered = True

    def _keep_current(self) -> None:
        self._keep(
            draft.Draft(list(self.model.recipients()), self.message.text(), self.message.kind())
        )

    def _keep(self, kept) -> None:
        try:
            if kept is None:
                draft.clear()
            else:
                draft.save(kept)
        except OSError:
            log.warning("draft not kept", exc_info=True)

    def restore(self) -> None:
        """At start: the recipients and message the clerk left, read off the GUI thread."""
        self.tasks.run(lambda: draft.load(), self._loaded, lambda exc: None)

    def _loaded(self, kept) -> None:
        if kept is None or kept.empty or self.sending.is_sending():
            return
        if self.model.rowCount() or self.message.text().strip():
            return  # the clerk started something meanwhile: theirs wins
        self.model.add_recipients(kept.recipients)
        self.message.editor.set_text(kept.text)
        self.message.set_kind(kept.kind)
        self.status.emit(
            self.tr("Repris de la dernière fois : %1 destinataire(s) et le message.").replace(
                "%1", QLocale().toString(len(kept.recipients))
            ),
            10000,
        )

    def close(self) -> None:
        self.tasks.close()
