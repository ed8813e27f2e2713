"""The screen a clerk lives in, assembled from its panels.

From top to bottom: the demo banner, « Nouveau destinataire » (`contact_entry`), the recipient
table (`recipients_panel`), « Message » (`message_panel`), the send row (`send_bar`). Behind
them: the send itself (`send_controller`), what a crash left (`recovery`), the draft kept at quit
(`draft_keeper`), the menus (`window_actions`). The other screens — lists, import, history,
consumption, settings, templates, scheduled sends — are their own modules, imported when opened.

No business rule is decided here, and no store call runs on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ellipses_sms import paths
from ellipses_sms.gateway import SANDBOX
from ellipses_sms.states import SendKind
from ellipses_sms.ui.contact_entry import ContactEntry
from ellipses_sms.ui.draft_keeper import DraftKeeper
from ellipses_sms.ui.icons import icon
from ellipses_sms.ui.list_controller import ListController
from ellipses_sms.ui.message_panel import MessagePanel
from ellipses_sms.ui.recipient_model import RecipientTableModel
from ellipses_sms.ui.recipients_panel import RecipientsPanel
from ellipses_sms.ui.recovery import Recovery
from ellipses_sms.ui.send_bar import SendBar
from ellipses_sms.ui.send_controller import SendController
from ellipses_sms.ui.window_actions import WindowActions

log = logging.getLogger(__name__)

BANNER_STYLE = (
    "QLabel { background: #fff4c2; color: #5c4400; border: 1px solid #e0c060;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)


def window_settings() -> QSettings:
    """The window's own state (geometry, splitter, columns), beside settings.json."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Ellipses SMS's main window, built on the services handed to it."""

    def __init__(
        self,
        services: Any,
        poller: Any | None = None,
        *,
        check_unfinished: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = services.settings
        poller = poller if poller is not None else getattr(services, "poller", None)
        self.setWindowTitle(self.tr("Ellipses SMS"))
        self.model = RecipientTableModel(self)
        self.model.region = self.region()
        self.window_actions = WindowActions(self)
        self._build_panels()
        self.sending = SendController(
            services,
            self.model,
            self.recipients,
            self.message,
            self.send_bar,
            self.act_send,
            self.act_resume_cancelled,
            poller,
            self,
        )
        self.relay = self.sending.relay
        self.recovery = Recovery(services, self.sending, self)
        self.drafts = DraftKeeper(self.model, self.message, self.sending, self)
        self.window_actions.build_menus(self)
        self.lists = ListController(
            services,
            self.model,
            self.recipients,
            self.sending,
            self.send_bar,
            self.recent_menu,
            (
                self.act_open,
                self.act_save,
                self.act_import,
                self.act_send,
                self.act_send_later,
                self.act_resume_cancelled,
            ),
            self.message.kind,
            self,
        )
        self._connect()
        self._table_changed()
        self._restore_state()
        self.message.refresh_providers()
        if check_unfinished:
            QTimer.singleShot(0, self.check_unfinished)
            QTimer.singleShot(0, self.restore_draft)

    # -- building -------------------------------------------------------------------------

    def _build_panels(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.banner = QLabel(self.tr("Mode démonstration : aucun SMS réel n'est envoyé"), self)
        self.banner.setObjectName("sandboxBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(BANNER_STYLE)
        outer.addWidget(self.banner)

        self.contact = ContactEntry(self.model, self.act_add.icon(), self.act_add.toolTip(), self)
        outer.addWidget(self.contact)
        self.recipients = RecipientsPanel(
            self.model,
            self.act_remove.icon(),
            icon("edit-clear"),
            self.act_clear.toolTip(),
            self,
        )
        self.message = MessagePanel(self.services, self.model.recipients, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.recipients)
        self.splitter.addWidget(self.message)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self.send_bar = SendBar(
            self.act_send.icon(),
            self.act_send.toolTip(),
            self.act_resume_cancelled.toolTip(),
            self,
        )
        outer.addWidget(self.send_bar)
        self.setCentralWidget(central)

        # the names the rest of the program (and its tests) know the widgets by
        self.table = self.recipients.table
        self.editor = self.message.editor
        self.preview = self.message.preview
        self.template_menu = self.message.template_menu

        # Tab follows the screen, top to bottom, and leaves the table (arrows move inside it)
        chain = (
            self.contact.name_edit,
            self.contact.number_edit,
            self.contact.add_button,
            self.table,
            self.editor.edit,
            self.message.template_button,
            self.message.sender_edit,
            self.message.kind_combo,
            self.message.provider_combo,
            self.send_bar.send_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            self.resize(min(1200, screen.width()), min(860, screen.height()))
        else:
            self.resize(1000, 760)
        self.splitter.setSizes([440, 260])
        self.contact.name_edit.setFocus()

    def _connect(self) -> None:
        status = self.statusBar().showMessage
        self.contact.added.connect(self._contact_added)
        self.contact.duplicate.connect(self.recipients.select_number)
        self.recipients.status.connect(status)
        self.recipients.cleared.connect(self._list_cleared)
        self.recipients.undoAvailable.connect(self.act_undo_remove.setEnabled)
        self.recipients.filesDropped.connect(self._files_dropped)
        self.message.status.connect(status)
        self.message.providerChanged.connect(self._provider_changed)
        self.message.manageTemplates.connect(self.show_templates)
        self.sending.status.connect(status)
        self.sending.lockChanged.connect(self._locked)
        self.sending.closeRequested.connect(self.close)
        self.drafts.status.connect(status)
        self.drafts.saveList.connect(self.lists.save_at_quit)
        self.lists.status.connect(status)
        self.lists.savedAtQuit.connect(self._saved_at_quit)
        self.lists.marketingList.connect(self._marketing_list)
        for changed in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            changed.connect(self._table_changed)
        self.model.recipientEdited.connect(self._table_changed)
        self.editor.textChanged.connect(self._update_enabled)
        self.table.selectionModel().currentRowChanged.connect(self._preview_selected)

    # -- window state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        state = window_settings()
        geometry = state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = state.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = state.value("main/columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        state = window_settings()
        state.setValue("main/geometry", self.saveGeometry())
        state.setValue("main/splitter", self.splitter.saveState())
        state.setValue("main/columns", self.table.horizontalHeader().saveState())
        state.sync()

    # -- the panels talk to each other through here -----------------------------------------
    # bound methods, not lambdas: a lambda holding `self` would keep the closed window alive

    def region(self) -> str:
        return str(self.settings.get("region") or "FR")

    def _provider_changed(self, name: str) -> None:
        self.banner.setVisible(name == SANDBOX)

    def _table_changed(self, *_: Any) -> None:
        self.editor.set_recipient_count(self.model.rowCount())
        self.sending.table_changed()
        self.preview.set_selected(self.recipients.current_recipient())
        self.preview.schedule()
        self._update_enabled()

    def _preview_selected(self, *_: Any) -> None:
        self.preview.set_selected(self.recipients.current_recipient())

    def _update_enabled(self) -> None:
        self.sending.update_enabled()
        # nothing to save in an empty table (the old tool would write an empty list)
        self.act_save.setEnabled(self.model.rowCount() > 0)

    def _locked(self, locked: bool) -> None:
        """A send runs: the table, the message and what adds to them are that send's."""
        self.contact.setEnabled(not locked)
        self.recipients.set_locked(locked)
        self.message.set_locked(locked)
        for action in (
            self.act_open,
            self.act_import,
            self.act_add,
            self.act_clear,
            self.act_remove,
        ):
            action.setEnabled(not locked)

    def _contact_added(self, who: str) -> None:
        self.table.scrollToBottom()
        self.statusBar().showMessage(self.tr("Ajouté : %1").replace("%1", who), 4000)

    def _list_cleared(self) -> None:
        self.set_kind(SendKind.NOTIFICATION)  # a new list starts as « Information client »

    def _marketing_list(self) -> None:
        self.set_kind(SendKind.MARKETING)  # a campaign's list: the send honours STOP and hours

    def _files_dropped(self, found: list[Path]) -> None:
        QTimer.singleShot(0, lambda: self.open_lists(found))

    # -- what the menus do ----------------------------------------------------------------

    def add_contact(self) -> bool:
        if self.is_sending():
            self.statusBar().showMessage(self.tr("Attendez la fin de l'envoi."), 5000)
            return False
        return self.contact.add()

    def remove_selected(self) -> None:
        self.recipients.remove_selected()

    def undo_remove(self) -> None:
        self.recipients.undo_remove()

    def clear_all(self) -> None:
        self.recipients.clear_all()

    def add_recipients(self, people, source: str = "") -> None:
        self.recipients.add_recipients(people, source)

    def kind(self) -> str:
        return self.message.kind()

    def set_kind(self, kind: str) -> None:
        self.message.set_kind(kind)

    def provider(self) -> str:
        return self.message.provider()

    def use_template(self, template) -> None:
        self.message.use_template(template)

    def is_sending(self) -> bool:
        return self.sending.is_sending()

    def is_preparing(self) -> bool:
        return self.sending.is_preparing()

    def send(self) -> None:
        self.sending.send()

    def send_later(self) -> None:
        self.sending.send_later()

    def cancel_send(self) -> None:
        self.sending.cancel()

    def resume_cancelled(self) -> None:
        self.sending.resume_cancelled()

    def resume_job(self, job_id: int) -> None:
        self.sending.resume_job(job_id)

    def check_unfinished(self) -> None:
        """Look for what an interruption left (the start-up question)."""
        self.recovery.check()

    def restore_draft(self) -> None:
        self.drafts.restore()

    # -- the other screens (their own modules, imported when used) --------------------------

    def open_list(self) -> None:
        self.lists.open_list()

    def open_lists(self, found: list[Path]) -> None:
        self.lists.open_lists(found)

    def save_list(self) -> None:
        self.lists.save_list()

    def import_recipients(self) -> None:
        from ellipses_sms.ui.import_dialog import ImportDialog
        from ellipses_sms.ui.report_dialog import show_report  # scrolls, fits the screen

        if self.is_sending():
            return
        dialog = ImportDialog(self.services, self.model.rowCount() > 0, self)
        if not dialog.exec():
            return
        people = dialog.result_recipients()
        if dialog.mode() == "replace":
            result = self.model.replace_recipients(people)
            self.statusBar().showMessage(
                self.tr("%Ln destinataire(s) importé(s)", "", result.added), 10000
            )
        else:
            self.add_recipients(people, self.tr("Import"))
        if dialog.kind() == SendKind.MARKETING:
            # recipients chosen for a campaign: the send must honour their STOP
            self.set_kind(SendKind.MARKETING)
        show_report(self, dialog.refused_report(), "import")

    def show_history(self) -> None:
        from ellipses_sms.ui.history_dialog import HistoryDialog

        HistoryDialog(self.services, self).exec()

    def show_consumption(self) -> None:
        from ellipses_sms.ui.consumption_dialog import ConsumptionDialog

        ConsumptionDialog(self.services, self).exec()

    def show_settings(self) -> None:
        from ellipses_sms.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self).exec()
        self.model.region = self.region()
        self.message.refresh_providers()
        self.message.reload_sender()

    def show_templates(self) -> None:
        from ellipses_sms.ui.templates_dialog import TemplatesDialog

        TemplatesDialog(self.services.templates, use=self.use_template, parent=self).exec()
        self.template_menu.refresh()

    def show_scheduled(self) -> None:
        from ellipses_sms.ui.scheduled_dialog import ScheduledDialog

        ScheduledDialog(self.services, self).exec()

    # -- closing --------------------------------------------------------------------------

    def _saved_at_quit(self) -> None:
        """The list the clerk wanted kept at quit is written: close, without asking again."""
        self.drafts.saved()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self.lists.busy:  # a list is read or written: wait for it (or « Annuler » the read)
            event.ignore()
            return
        if self.is_sending():
            if not self.sending.close_after_send:
                answer = QMessageBox.question(
                    self,
                    self.tr("Envoi en cours"),
                    self.tr(
                        "Un envoi est en cours. Arrêter l'envoi et fermer ?\n"
                        "Les messages pas encore partis seront annulés."
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.sending.close_after_send = True
                    self.cancel_send()
            event.ignore()  # closes itself once the send has stopped
            return
        if not self.sending.close_after_send and not self.drafts.settle():
            event.ignore()
            return
        self.save_state()
        self.sending.close()
        self.recovery.close()
        self.drafts.close()
        self.message.close_tasks()
        super().closeEvent(event)
