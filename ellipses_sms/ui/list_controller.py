"""The window's distribution lists: « Ouvrir une liste… », the recent lists, a file dropped on the
table, « Enregistrer la liste… » — and the save the clerk asked for when quitting.

Reading and writing are `ui/lists.py`'s (off the GUI thread, the busy dialog after a moment);
this controller starts them and keeps the window safe until their answer: no second list, no
save, no send, no quit while a file is read or written.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ellipses_sms.states import SendKind
from ellipses_sms.ui.recipient_model import RecipientTableModel
from ellipses_sms.ui.recipients_panel import RecipientsPanel
from ellipses_sms.ui.send_bar import SendBar
from ellipses_sms.ui.send_controller import SendController


def _lists():
    """The lists module, imported at the first list opened or saved (the window opens first)."""
    return importlib.import_module("ellipses_sms.ui.lists")


class ListController(QObject):
    """Opens and saves lists for the window; `status` a line for the status bar, `savedAtQuit`
    once the list the clerk wanted kept at quit is written, `marketingList` when a list opened
    was saved as a marketing one (the send becomes « Publicité »)."""

    status = Signal(str, int)
    savedAtQuit = Signal()
    marketingList = Signal()

    def __init__(
        self,
        services: Any,
        model: RecipientTableModel,
        recipients: RecipientsPanel,
        sending: SendController,
        bar: SendBar,
        recent_menu: QMenu,
        locked_actions: tuple[QAction, ...],
        kind: Callable[[], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._kind = kind  # the send's kind now: a list saved during a campaign keeps it
        self.services = services
        self.settings = services.settings
        self.model = model
        self.recipients = recipients
        self.sending = sending
        self.bar = bar
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self.fill_recent)
        self.busy = False  # a list file is being read or written (its answer is to come)
        # one group disabled while busy: each action keeps its own state for after
        # (« Envoyer » stays off for an empty table)
        self._locked = QActionGroup(self)
        self._locked.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        for action in (*locked_actions, recent_menu.menuAction()):
            self._locked.addAction(action)

    def _set_busy(self, busy: bool) -> None:
        """While a list is read or written: no second list, no save, no send, no quit; the send
        row is disabled unless a send runs (its « Annuler » must stay usable)."""
        self.busy = busy
        self._locked.setEnabled(not busy)
        self.bar.setEnabled(not busy or self.sending.is_sending())

    def _refuse_while_busy(self) -> bool:
        if self.busy:
            self.status.emit(
                self.tr("Une liste est en cours de lecture ou d'enregistrement."), 5000
            )
        return self.busy

    def open_list(self) -> None:
        if self.sending.is_sending() or self.busy:
            return
        path = _lists().choose_list_to_open(self.parent(), self.settings)
        if path is not None:
            self.open_lists([path])

    def open_lists(self, found: list[Path]) -> None:
        """Read list files (dropped, chosen, recent) and append them to the recipients."""
        if self.sending.is_sending() or self._refuse_while_busy():
            return
        self._set_busy(True)
        _lists().open_into(
            self.parent(), self.services, self.recipients.add_recipients, found, self._opened
        )

    def _opened(self, results: list) -> None:
        self._set_busy(False)
        if any(r.kind == SendKind.MARKETING for r in results):
            self.marketingList.emit()  # its customers were chosen for a campaign

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = list(_lists().recent_lists(self.settings))
        if not recent:
            self.recent_menu.addAction(self.tr("(aucune)")).setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=Path(path): self.open_lists([p]))

    def save_list(self) -> None:
        """« Enregistrer la liste… »: choose the file, write it off the GUI thread."""
        self._save(None)

    def save_at_quit(self) -> None:
        """« Enregistrer la liste » at quit: the close waited; once the file is written
        `savedAtQuit` lets the window close. Cancelled or failed, the clerk stays, work kept."""
        self._save(self._saved_at_quit)

    def _saved_at_quit(self, saved: bool) -> None:
        if saved:
            self.savedAtQuit.emit()

    def _save(self, then: Callable[[bool], None] | None) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self._refuse_while_busy():
            return
        window = self.parent()
        if not self.model.rowCount():
            QMessageBox.information(
                window,
                self.tr("Enregistrer la liste"),
                self.tr("La liste des destinataires est vide."),
            )
            return
        lists = _lists()
        path = lists.choose_list_to_save(window, self.settings)
        if path is None:
            return
        self._set_busy(True)

        def saved(ok: bool) -> None:
            self._set_busy(False)
            if ok:
                self.status.emit(self.tr("Liste enregistrée : %1").replace("%1", str(path)), 8000)
            if then is not None:
                then(ok)

        people, kind = self.model.recipients(), self._kind()
        lists.save_list(window, self.services, people, path, saved, kind)
