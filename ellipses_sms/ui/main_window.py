"""The screen a clerk lives in: recipients, the message that counts, the send with live statuses.

Everything here presents the services (phone, recipients, sms, sending); no business rule is
decided in this module. Sends run on a worker thread; their events come back through the
`EventRelay`, coalesced, so the window stays responsive whatever the size of the list.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import paths, recipients
from ellipses_sms.gateway import SANDBOX
from ellipses_sms.lazy import lazy_module
from ellipses_sms.sending import JobSummary, SendError
from ellipses_sms.states import JobState, MessageState
from ellipses_sms.ui import marketing
from ellipses_sms.ui.bridge import EventRelay, Worker
from ellipses_sms.ui.i18n import service_text
from ellipses_sms.ui.message_editor import MessageEditor
from ellipses_sms.ui.message_preview import MessagePreview, can_compose
from ellipses_sms.ui.recipient_model import RecipientTableModel
from ellipses_sms.ui.template_menu import TemplateMenu

log = logging.getLogger(__name__)
# the placeholders' rendering, imported at the first send: the window shows before it
compose = lazy_module("ellipses_sms.compose", globals())
templates = lazy_module("ellipses_sms.templates", globals())
consent = lazy_module("ellipses_sms.consent", globals())  # the bookstore database: SQLAlchemy
queries = lazy_module("ellipses_sms.store.queries", globals())

#: The dialogs built in their own issues; an action whose module is missing is greyed out.
FEATURE_MODULES: dict[str, str] = {
    "lists": "ellipses_sms.ui.lists",
    "import": "ellipses_sms.ui.import_dialog",
    "history": "ellipses_sms.ui.history_dialog",
    "consumption": "ellipses_sms.ui.consumption_dialog",
    "settings": "ellipses_sms.ui.settings_dialog",
}

LIST_SUFFIXES = (".csv", ".xlsx", ".xls", ".ods")
#: Removing this many selected rows or more asks first (fewer: Ctrl+Z is enough).
ASK_BEFORE_REMOVING = 10


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def window_settings() -> QSettings:
    """The window's own state (geometry, splitter, columns), beside settings.json."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def sender_problem(sender: str) -> str | None:
    """Why a sender name cannot be used (French), or None: the providers' one rule."""
    from ellipses_sms import providers

    return providers.check_sender(sender)


class _ListDrop(QObject):
    """Accepts .csv/.xlsx/.xls/.ods files dropped on the table."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)  # no reference back: a cycle would leave the window to the
        # cyclic collector (see ui/gc_guard.py)

    @staticmethod
    def _paths(event: Any) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [
            Path(u.toLocalFile())
            for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in LIST_SUFFIXES
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._paths(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            found = self._paths(event)
            if found:
                event.acceptProposedAction()
                window = self.parent()
                QTimer.singleShot(0, lambda: window.open_lists(found))
                return True
        return False


class _RecipientView(QTableView):
    """The recipient table; says what to do when it is empty."""

    placeholder = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.end()


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
        self.poller = poller if poller is not None else getattr(services, "poller", None)
        self.available = {key: module_available(mod) for key, mod in FEATURE_MODULES.items()}

        self._worker: Worker | None = None
        self._cancel: threading.Event | None = None
        self._pending_rows: list | None = None
        self._job_id: int | None = None
        self._close_after_send = False
        self._resume_queue: list[int] = []
        self._prepare: Worker | None = None  # rendering the send before its confirmation
        self._undo: list | None = None  # the rows last removed, for Ctrl+Z
        self._cancelled_job: int | None = None  # a send the clerk cancelled, to continue
        self._resuming: int | None = None  # an interrupted job being read to be resumed
        self._ended: JobSummary | None = None  # the last send's end, kept up to date by reports
        self._sent_snapshot: tuple | None = None  # (recipients, text) of the last send that went

        self.setWindowTitle(self.tr("Ellipses SMS"))
        self.setWindowIcon(self._icon("mail-send", QStyle.StandardPixmap.SP_ArrowForward))
        self.model = RecipientTableModel(self)
        self._build_actions()
        self._build_central()
        self._build_menus()
        self.relay = EventRelay(services.bus, self)
        self.relay.jobCreated.connect(self._on_job_created)
        self.relay.messagesChanged.connect(self._on_messages_changed)
        self.relay.progress.connect(self._on_progress)

        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._update_count()
        self._restore_state()
        self._refresh_providers()
        if check_unfinished:
            QTimer.singleShot(0, self.check_unfinished)
            QTimer.singleShot(0, self.restore_draft)

    # -- building -------------------------------------------------------------------------

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme, self.style().standardIcon(fallback))

    def _action(
        self,
        text: str,
        tip: str,
        icon: QIcon | None,
        slot,
        shortcuts: tuple[QKeySequence | str, ...] = (),
        feature: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        keys = [QKeySequence(k) for k in shortcuts]
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        if feature is not None and not self.available[feature]:
            action.setEnabled(False)
            action.setToolTip(self.tr("Bientôt disponible"))
            action.setStatusTip(self.tr("Bientôt disponible"))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.act_open = self._action(
            self.tr("Ouvrir une liste…"),
            self.tr("Ouvrir une liste de diffusion (CSV ou Excel) et l'ajouter aux destinataires"),
            self._icon("document-open", SP.SP_DialogOpenButton),
            self.open_list,
            (QKeySequence.StandardKey.Open,),
            "lists",
        )
        self.act_save = self._action(
            self.tr("Enregistrer la liste…"),
            self.tr("Enregistrer les destinataires comme liste de diffusion"),
            self._icon("document-save", SP.SP_DialogSaveButton),
            self.save_list,
            (QKeySequence.StandardKey.Save,),
            "lists",
        )
        self.act_send = self._action(
            self.tr("Envoyer"),
            self.tr("Envoyer le message aux destinataires"),
            self._icon("mail-send", SP.SP_ArrowForward),
            self.send,
            ("Ctrl+Return", "Ctrl+Enter"),
        )
        self.act_history = self._action(
            self.tr("Historique"),
            self.tr("Accéder à l'historique des messages envoyés"),
            self._icon("document-open-recent", SP.SP_FileDialogDetailedView),
            self.show_history,
            ("Ctrl+H",),
            "history",
        )
        self.act_add = self._action(
            self.tr("Ajouter le contact"),
            self.tr("Ajouter le contact à la liste des destinataires (Entrée)"),
            self._icon("list-add", SP.SP_FileDialogNewFolder),
            self.add_contact,
        )
        self.act_import = self._action(
            self.tr("Importer depuis la base librairie…"),
            self.tr("Récupérer les destinataires depuis la base de la librairie (outil d'import)"),
            self._icon("document-import", SP.SP_DriveNetIcon),
            self.import_recipients,
            ("Ctrl+I",),
            "import",
        )
        self.act_settings = self._action(
            self.tr("Paramètres…"),
            self.tr("Fournisseurs SMS, expéditeur, langue"),
            self._icon("preferences-system", SP.SP_FileDialogInfoView),
            self.show_settings,
            ("Ctrl+,", QKeySequence.StandardKey.Preferences),
            "settings",
        )
        self.act_consumption = self._action(
            self.tr("Consommation…"),
            self.tr("Nombre de SMS envoyés par mois"),
            self._icon("x-office-spreadsheet", SP.SP_FileDialogContentsView),
            self.show_consumption,
            ("Ctrl+U",),
            "consumption",
        )
        self.act_quit = self._action(
            self.tr("Quitter"),
            self.tr("Fermer Ellipses SMS"),
            None,
            self.close,
            (QKeySequence.StandardKey.Quit,),
        )
        self.act_remove = self._action(
            self.tr("Retirer les destinataires sélectionnés"),
            self.tr("Retirer de la liste les lignes sélectionnées"),
            self._icon("list-remove", SP.SP_DialogDiscardButton),
            self.remove_selected,
        )
        self.act_templates = self._action(
            self.tr("Modèles de message…"),
            self.tr("Écrire, modifier et reprendre les modèles de message"),
            None,
            self.show_templates,
            ("Ctrl+M",),
        )
        self.act_undo_remove = self._action(
            self.tr("Remettre les destinataires retirés"),
            self.tr("Annuler le dernier retrait de destinataires (Ctrl+Z dans la table)"),
            self._icon("edit-undo", SP.SP_ArrowBack),
            self.undo_remove,
        )
        self.act_undo_remove.setEnabled(False)
        self.act_send_later = self._action(
            self.tr("Envoyer plus tard…"),
            self.tr("Programmer l'envoi à une date et une heure"),
            self._icon("appointment-new", SP.SP_FileDialogDetailedView),
            self.send_later,
        )
        self.act_scheduled = self._action(
            self.tr("Envois programmés…"),
            self.tr("Ce qui attend son heure : annuler, envoyer maintenant"),
            self._icon("x-office-calendar", SP.SP_FileDialogListView),
            self.show_scheduled,
        )
        self.act_resume_cancelled = self._action(
            self.tr("Reprendre l'envoi annulé"),
            self.tr("Envoyer ce que l'annulation a arrêté (rien n'est envoyé deux fois)"),
            self._icon("view-refresh", SP.SP_BrowserReload),
            self.resume_cancelled,
        )
        self.act_resume_cancelled.setEnabled(False)
        self.act_clear = self._action(
            self.tr("Tout effacer"),
            self.tr("Vider la liste des destinataires"),
            self._icon("edit-clear", SP.SP_DialogResetButton),
            self.clear_all,
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.act_open)
        self.recent_menu = QMenu(self.tr("Listes récentes"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.recent_menu.setEnabled(self.available["lists"])
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.act_save)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        send_menu = bar.addMenu(self.tr("&Envoi"))
        send_menu.addAction(self.act_add)
        send_menu.addAction(self.act_remove)
        send_menu.addAction(self.act_clear)
        send_menu.addAction(self.act_undo_remove)
        send_menu.addSeparator()
        send_menu.addAction(self.act_templates)
        send_menu.addSeparator()
        send_menu.addAction(self.act_send)
        send_menu.addAction(self.act_send_later)
        send_menu.addAction(self.act_resume_cancelled)
        follow = bar.addMenu(self.tr("&Suivi"))
        follow.addAction(self.act_history)
        follow.addAction(self.act_consumption)
        follow.addAction(self.act_scheduled)
        from ellipses_sms.ui.notices_dialog import add_notice_actions

        add_notice_actions(self, follow)  # reception notices (issue 13)
        tools = bar.addMenu(self.tr("&Outils"))
        tools.addAction(self.act_settings)
        self.marketing_tools = marketing.MarketingTools(self, tools, self.services)

        toolbar = QToolBar(self.tr("Actions"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for action in (
            self.act_open,
            self.act_save,
            self.act_send,
            self.act_history,
            self.act_add,
            self.act_import,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)

        self.banner = QLabel(self.tr("Mode démonstration : aucun SMS réel n'est envoyé"), self)
        self.banner.setObjectName("sandboxBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4c2; color: #5c4400; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }"
        )
        outer.addWidget(self.banner)

        # -- the contact being typed --
        contact = QGroupBox(self.tr("Nouveau destinataire"), self)
        grid = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("ex. Dupond Claire"))
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("number")
        self.number_edit.setPlaceholderText(self.tr("ex. 06 12 34 56 78"))
        self.add_button = QPushButton(self.act_add.icon(), self.tr("Ajouter"), self)
        self.add_button.setObjectName("add")
        self.add_button.setToolTip(self.act_add.toolTip())
        self.add_button.clicked.connect(self.add_contact)
        self.number_error = QLabel(self)
        self.number_error.setObjectName("numberError")
        self.number_error.setStyleSheet("color: #b3261e;")
        self.number_error.setWordWrap(True)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit, 1)
        number_row.addWidget(self.add_button)
        name_label = QLabel(self.tr("&Nom, Prénom, Raison Sociale"), self)
        name_label.setBuddy(self.name_edit)
        number_label = QLabel(self.tr("Numéro de &téléphone"), self)
        number_label.setBuddy(self.number_edit)
        grid.addRow(name_label, self.name_edit)
        grid.addRow(number_label, number_row)
        # screen readers say what the clerk reads (the group's title was announced before)
        self.name_edit.setAccessibleName(self.tr("Nom, Prénom, Raison Sociale"))
        self.number_edit.setAccessibleName(self.tr("Numéro de téléphone"))
        grid.addRow("", self.number_error)
        contact.setLayout(grid)
        outer.addWidget(contact)
        self.name_edit.returnPressed.connect(self.add_contact)
        self.number_edit.returnPressed.connect(self.add_contact)
        self.number_edit.textEdited.connect(self._clear_number_error)

        # -- the recipients --
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.count_label = QLabel(self)
        font = self.count_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.count_label.setObjectName("recipientCount")
        self.count_label.setFont(font)
        remove_button = QPushButton(self.act_remove.icon(), self.tr("Retirer"), self)
        remove_button.setToolTip(self.tr("Retirer les lignes sélectionnées (Suppr)"))
        remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.act_clear.icon(), self.tr("Tout effacer"), self)
        self.clear_button.setObjectName("clearAll")
        self.clear_button.setToolTip(self.act_clear.toolTip())
        self.clear_button.clicked.connect(self.clear_all)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(remove_button)
        head.addWidget(self.clear_button)
        self.remove_button = remove_button
        table_layout.addLayout(head)

        self.table = _RecipientView(self)
        self.table.placeholder = self.tr(
            "Aucun destinataire pour l'instant.\n"
            "Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)\n"
            "ou déposez ici un fichier CSV ou Excel."
        )
        self.table.setObjectName("recipients")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, 260)
        header.resizeSection(1, 170)
        self.table.setToolTip(
            self.tr("Déposez ici un fichier de liste (CSV ou Excel) pour l'ajouter")
        )
        table_layout.addWidget(self.table, 1)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(self.remove_selected)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.table)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_remove)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.model.region = str(self.settings.get("region") or "FR")
        self.model.editRefused.connect(self._edit_refused)
        self.model.recipientEdited.connect(self._update_count)
        self._drop = _ListDrop(self)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self._drop)

        # -- the message --
        message_box = QGroupBox(self.tr("Message"), self)
        message_layout = QVBoxLayout(message_box)
        self.editor = MessageEditor(self)
        message_layout.addWidget(self.editor, 1)
        self.preview = MessagePreview(
            self.settings, self.model.recipients, self.services.gateways.carrier, self
        )
        message_layout.addWidget(self.preview)
        options = QHBoxLayout()
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("sender")
        self.sender_edit.setMaxLength(16)
        self.sender_edit.setPlaceholderText(self.tr("celui du fournisseur"))
        self.sender_edit.setToolTip(
            self.tr(
                "Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, "
                "sans accent (ou un numéro)."
            )
        )
        self.sender_edit.setText(str(self.settings.get("sender") or ""))
        self.sender_edit.editingFinished.connect(self._save_sender)
        self.sender_edit.textEdited.connect(self._check_sender)
        self.sender_error = QLabel(self)
        self.sender_error.setObjectName("senderError")
        self.sender_error.setStyleSheet("color: #b3261e;")
        self.provider_combo = QComboBox(self)
        self.provider_combo.setObjectName("provider")
        self.provider_combo.setToolTip(self.tr("Le fournisseur SMS qui acheminera ce message"))
        self.provider_combo.currentIndexChanged.connect(self._update_banner)
        self.provider_combo.currentIndexChanged.connect(self._provider_changed)
        sender_label = QLabel(self.tr("E&xpéditeur :"), self)
        sender_label.setBuddy(self.sender_edit)
        self.sender_edit.setAccessibleName(self.tr("Expéditeur"))
        options.addWidget(sender_label)
        options.addWidget(self.sender_edit)
        options.addWidget(self.sender_error)
        options.addStretch(1)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        self.kind_combo.addItem(self.tr("Information client"), "notification")
        self.kind_combo.addItem(self.tr("Publicité"), "marketing")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_combo.setToolTip(
            self.tr(
                "Information client : commande arrivée, rendez-vous… Publicité : promotions, "
                "nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP "
                "est obligatoire."
            )
        )
        self.template_menu = TemplateMenu(self.services.templates, self.model.recipients, self)
        self.template_menu.templateChosen.connect(self.use_template)
        self.template_menu.fieldChosen.connect(self.insert_field)
        self.template_menu.manageRequested.connect(self.show_templates)
        self.template_button = QToolButton(self)
        self.template_button.setObjectName("templates")
        self.template_button.setText(self.tr("Modèles"))
        self.template_button.setToolTip(
            self.tr("Reprendre un modèle enregistré, insérer un champ ({prenom}…)")
        )
        self.template_button.setMenu(self.template_menu)
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        options.addWidget(self.template_button)
        options.addSpacing(12)
        kind_label = QLabel(self.tr("T&ype :"), self)
        kind_label.setBuddy(self.kind_combo)
        self.kind_combo.setAccessibleName(self.tr("Type"))
        options.addWidget(kind_label)
        options.addWidget(self.kind_combo)
        options.addSpacing(12)
        provider_label = QLabel(self.tr("&Fournisseur :"), self)
        provider_label.setBuddy(self.provider_combo)
        self.provider_combo.setAccessibleName(self.tr("Fournisseur"))
        options.addWidget(provider_label)
        options.addWidget(self.provider_combo)
        message_layout.addLayout(options)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(message_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        # -- sending --
        send_row = QHBoxLayout()
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
        self.cancel_button.clicked.connect(self.cancel_send)
        self.cancel_button.setVisible(False)
        self.send_state = QLabel(self)
        self.send_state.setObjectName("sendState")
        self.send_button = QPushButton(self.act_send.icon(), self.tr("Envoyer"), self)
        self.send_button.setObjectName("send")
        self.send_button.setToolTip(self.act_send.toolTip())
        self.send_button.setMinimumHeight(36)
        self.send_button.setMinimumWidth(140)
        bold = self.send_button.font()
        bold.setBold(True)
        self.send_button.setFont(bold)
        self.send_button.clicked.connect(self.send)
        send_row.addWidget(self.send_state)
        send_row.addWidget(self.progress, 1)
        send_row.addWidget(self.cancel_button)
        send_row.addStretch(0)
        self.resume_cancelled_button = QPushButton(self.tr("Reprendre l'envoi annulé"), self)
        self.resume_cancelled_button.setObjectName("resumeCancelled")
        self.resume_cancelled_button.setToolTip(self.act_resume_cancelled.toolTip())
        self.resume_cancelled_button.clicked.connect(self.resume_cancelled)
        self.resume_cancelled_button.setVisible(False)
        send_row.addWidget(self.resume_cancelled_button)
        send_row.addWidget(self.send_button)
        outer.addLayout(send_row)

        self.setCentralWidget(central)
        # Tab follows the screen, top to bottom, and leaves the table (arrows move inside it)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Destinataires"))
        chain = (
            self.name_edit,
            self.number_edit,
            self.add_button,
            self.table,
            self.editor.edit,
            self.template_button,
            self.sender_edit,
            self.kind_combo,
            self.provider_combo,
            self.send_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.editor.textChanged.connect(self._update_send_enabled)
        self.editor.textChanged.connect(self._text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._preview_selected)
        self.preview.composed.connect(self._preview_composed)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            self.resize(min(1200, screen.width()), min(860, screen.height()))
        else:
            self.resize(1000, 760)
        self.splitter.setSizes([440, 260])
        self.name_edit.setFocus()

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

    # -- providers, sender, banner --------------------------------------------------------

    def _refresh_providers(self) -> None:
        gateways = self.services.gateways
        current = self.provider_combo.currentData() or gateways.default_name()
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        for name in gateways.names():
            label = self.tr("Bac à sable (démonstration)") if name == SANDBOX else name
            self.provider_combo.addItem(label, name)
        index = self.provider_combo.findData(current)
        if index < 0:
            index = self.provider_combo.findData(gateways.default_name())
        self.provider_combo.setCurrentIndex(max(0, index))
        self.provider_combo.blockSignals(False)
        self._update_banner()
        self.preview.set_provider(self.provider())

    def provider(self) -> str:
        return self.provider_combo.currentData() or self.services.gateways.default_name()

    def _update_banner(self) -> None:
        self.banner.setVisible(self.provider() == SANDBOX)

    def _check_sender(self) -> bool:
        problem = sender_problem(self.sender_edit.text())
        self.sender_error.setText(problem or "")
        return problem is None

    def _save_sender(self) -> None:
        if not self._check_sender():
            return
        value = self.sender_edit.text().strip()
        if value != (self.settings.get("sender") or ""):
            self.settings.set("sender", value)
            try:
                self.settings.save()
            except OSError as exc:
                self.statusBar().showMessage(
                    self.tr("Réglage non enregistré : %1").replace("%1", str(exc)), 8000
                )

    # -- recipients -----------------------------------------------------------------------

    def _update_count(self, *_: Any) -> None:
        n = self.model.rowCount()
        text = self.tr("%Ln destinataire(s)", "", n)  # plural forms: main_fr.ts, main_en.ts
        self.count_label.setText(text)
        self.editor.set_recipient_count(n)
        if not self.is_sending() and getattr(self, "_cancelled_job", None) is not None:
            self._forget_cancelled()  # the table is no longer that send's
        self.preview.set_selected(self._current_recipient())
        self.preview.schedule()
        self._update_send_enabled()

    # bound methods, not lambdas: a lambda holding `self` would keep the closed window alive

    def _provider_changed(self, *_: Any) -> None:
        self.preview.set_provider(self.provider())

    def _kind_changed(self, *_: Any) -> None:
        self.preview.set_kind(self.kind())

    def _text_changed(self) -> None:
        self.preview.set_text(self.editor.text())

    def _current_recipient(self):
        row = self.table.currentIndex().row() if hasattr(self, "table") else -1
        people = self.model.recipients()
        return people[row] if 0 <= row < len(people) else None

    def _preview_selected(self, *_: Any) -> None:
        self.preview.set_selected(self._current_recipient())

    def _preview_composed(self) -> None:
        c = self.preview.composition(
            self.editor.text(), self.model.recipients(), self.preview.provider(), self.kind()
        )
        self.editor.set_exact_total(c.total_parts if c is not None else None)

    def _has_message(self) -> bool:
        """A text, or a list whose « message » column gives each row its own."""
        if self.editor.text().strip():
            return True
        return self.model.rowCount() > 0 and can_compose(self.model.recipients(), "")

    def _update_send_enabled(self) -> None:
        sending = self.is_sending()
        ready = self.model.rowCount() > 0 and self._has_message()
        self.act_send.setEnabled(ready and not sending)
        self.send_button.setEnabled(ready and not sending)
        # nothing to save in an empty table (the old tool would write an empty list)
        self.act_save.setEnabled(self.available["lists"] and self.model.rowCount() > 0)

    def _clear_number_error(self, *_: Any) -> None:
        self.number_error.clear()
        self.number_edit.setStyleSheet("")

    def _number_refused(self, message: str) -> None:
        self.number_error.setText(message)
        self.number_edit.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")
        self.number_edit.setFocus()

    def add_contact(self) -> bool:
        """Add the typed contact; a wrong or duplicate number is explained, the typing kept."""
        if self.is_sending():
            self.statusBar().showMessage(self.tr("Attendez la fin de l'envoi."), 5000)
            return False
        name = self.name_edit.text().strip()
        number = self.number_edit.text()
        if not number.strip():
            self._number_refused(self.tr("Tapez le numéro de téléphone portable du contact."))
            return False
        recipient = recipients.make(name, number, self.settings.get("region") or "FR")
        if not recipient.valid:
            self._number_refused(
                service_text(recipient.error) if recipient.error else self.tr("Numéro invalide")
            )
            return False
        if self.model.contains_number(recipient.number):
            self._number_refused(self.tr("Ce numéro est déjà dans la liste des destinataires."))
            self._select_number(recipient.number)
            return False
        self.model.add_recipients([recipient])
        self.table.scrollToBottom()
        self.name_edit.clear()
        self.number_edit.clear()
        self._clear_number_error()
        self.name_edit.setFocus()
        self.statusBar().showMessage(
            self.tr("Ajouté : %1").replace("%1", name or recipient.number), 4000
        )
        return True

    def _select_number(self, e164: str) -> None:
        for row, r in enumerate(self.model.recipients()):
            if r.number == e164:
                index = self.model.index(row, 0)
                self.table.scrollTo(index)
                self.table.selectRow(row)
                return

    def remove_selected(self) -> None:
        """Remove the selected rows (asked first for many); Ctrl+Z puts them back."""
        if self.is_sending():
            return
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if len(rows) >= ASK_BEFORE_REMOVING:
            answer = QMessageBox.question(
                self,
                self.tr("Retirer"),
                self.tr("Retirer les %1 destinataires sélectionnés ?").replace(
                    "%1", QLocale().toString(len(rows))
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        taken = self.model.take_rows(rows)
        if taken:
            self._remember_removal(taken)

    def _remember_removal(self, taken) -> None:
        self._undo = taken
        self.act_undo_remove.setEnabled(True)
        removed = len(taken)
        self.statusBar().showMessage(
            (
                self.tr("%1 destinataire retiré — Ctrl+Z pour annuler")
                if removed == 1
                else self.tr("%1 destinataires retirés — Ctrl+Z pour annuler")
            ).replace("%1", QLocale().toString(removed)),
            8000,
        )

    def undo_remove(self) -> None:
        """Put back the rows last removed (« Retirer », Suppr or « Tout effacer »)."""
        if self.is_sending() or not self._undo:
            return
        back = self.model.restore_rows(self._undo)
        self._undo = None
        self.act_undo_remove.setEnabled(False)
        self.statusBar().showMessage(
            (
                self.tr("%1 destinataire remis") if back == 1 else self.tr("%1 destinataires remis")
            ).replace("%1", QLocale().toString(back)),
            4000,
        )

    def _edit_refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Modification refusée"), service_text(reason))

    def clear_all(self) -> None:
        if self.is_sending() or not self.model.rowCount():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Tout effacer"),
            self.tr("Retirer %Ln destinataire(s) de la liste ?", "", self.model.rowCount()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            taken = list(enumerate(self.model.recipients()))
            self.model.clear()
            self._remember_removal(taken)
            self.set_kind("notification")  # a new list starts as « Information client »

    def add_recipients(self, people, source: str = "") -> None:
        """Append recipients from a list or an import, and say what was left out."""
        result = self.model.add_recipients(people)
        parts = [self.tr("%Ln ajouté(s)", "", result.added)]
        if result.duplicates:
            parts.append(self.tr("%Ln déjà présent(s)", "", result.duplicates))
        if result.invalid:
            parts.append(self.tr("%Ln numéro(s) refusé(s)", "", result.invalid))
        text = ", ".join(parts)
        if source:
            text = f"{source} : {text}"
        self.statusBar().showMessage(text, 10000)

    # -- the other screens (their own modules, imported when used) --------------------------

    def _feature(self, key: str):
        if not self.available.get(key):
            return None
        try:
            return importlib.import_module(FEATURE_MODULES[key])
        except Exception as exc:  # a broken module must not take the window down
            log.exception("cannot load %s", FEATURE_MODULES[key])
            QMessageBox.warning(
                self,
                self.tr("Fonction indisponible"),
                self.tr("Cette fonction n'a pas pu être chargée : %1").replace("%1", str(exc)),
            )
            return None

    def open_list(self) -> None:
        lists = self._feature("lists")
        if lists is None or self.is_sending():
            return
        path = lists.choose_list_to_open(self, self.settings)
        if path is not None:
            self.open_lists([path])

    def open_lists(self, found: list[Path]) -> None:
        """Read list files (dropped, chosen, recent) and append them to the recipients."""
        lists = self._feature("lists")
        if lists is None or self.is_sending():
            return
        for path in found:
            result = lists.load_list(self, self.services, path)
            if result is None:
                continue
            self.add_recipients(result.recipients, Path(path).name)
            lists.show_report(self, result)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        lists = self._feature("lists")
        recent = list(lists.recent_lists(self.settings)) if lists else []
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(aucune)"))
            empty.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=Path(path): self.open_lists([p]))

    def save_list(self) -> None:
        lists = self._feature("lists")
        if lists is None:
            return
        if not self.model.rowCount():
            QMessageBox.information(
                self,
                self.tr("Enregistrer la liste"),
                self.tr("La liste des destinataires est vide."),
            )
            return
        path = lists.choose_list_to_save(self, self.settings)
        if path is not None and lists.save_list(self, self.services, self.model.recipients(), path):
            self.statusBar().showMessage(
                self.tr("Liste enregistrée : %1").replace("%1", str(path)), 8000
            )

    def import_recipients(self) -> None:
        module = self._feature("import")
        if module is None or self.is_sending():
            return
        dialog = module.ImportDialog(self.services, self.model.rowCount() > 0, self)
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
        if getattr(dialog, "kind", lambda: "notification")() == "marketing":
            # recipients chosen for a campaign: the send must honour their STOP
            self.set_kind("marketing")
        from ellipses_sms.ui.report_dialog import show_report  # scrolls, fits the screen

        show_report(self, dialog.refused_report(), "import")

    def show_history(self) -> None:
        module = self._feature("history")
        if module is not None:
            module.HistoryDialog(self.services, self).exec()

    def show_consumption(self) -> None:
        module = self._feature("consumption")
        if module is not None:
            module.ConsumptionDialog(self.services, self).exec()

    def show_settings(self) -> None:
        module = self._feature("settings")
        if module is None:
            return
        module.SettingsDialog(self.services, self).exec()
        self._refresh_providers()
        self.sender_edit.setText(str(self.settings.get("sender") or ""))
        self._check_sender()

    # -- templates ------------------------------------------------------------------------

    def show_templates(self) -> None:
        from ellipses_sms.ui.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.services.templates, use=self.use_template, parent=self)
        dialog.exec()
        self.template_menu.refresh()

    def use_template(self, template) -> None:
        """Put a template in the message (replacing it, or at the cursor) and take its type."""
        if self.is_sending():
            return
        current = self.editor.text()
        if current.strip() and current != template.text:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Modèles"))
            box.setText(
                self.tr("Remplacer le message par le modèle « %1 » ?").replace("%1", template.name)
            )
            replace = box.addButton(self.tr("Remplacer"), QMessageBox.ButtonRole.AcceptRole)
            insert = box.addButton(self.tr("Insérer au curseur"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(replace)
            box.exec()
            if box.clickedButton() is insert:
                self.editor.edit.insertPlainText(template.text)
            elif box.clickedButton() is replace:
                self.editor.set_text(template.text)
            else:
                return
        else:
            self.editor.set_text(template.text)
        self.set_kind(template.kind)
        self.editor.edit.setFocus()

    def insert_field(self, placeholder: str) -> None:
        if not self.is_sending():
            self.editor.edit.insertPlainText(placeholder)
            self.editor.edit.setFocus()

    # -- sending --------------------------------------------------------------------------

    def kind(self) -> str:
        """« notification » or « marketing »: what the next send is (French rules differ)."""
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def is_sending(self) -> bool:
        return self._worker is not None

    def is_preparing(self) -> bool:
        """Rendering every message before the confirmation (a big list takes a moment)."""
        return self._prepare is not None

    def send_later(self) -> None:
        """« Envoyer plus tard… »: the same send, journaled due at the chosen time."""
        from ellipses_sms.ui.scheduled_dialog import WhenDialog

        if self.is_sending() or self._prepare is not None:
            return
        dialog = WhenDialog(self)
        if self._exec_dialog(dialog) != WhenDialog.DialogCode.Accepted:
            return
        self._send(dialog.when_utc())

    def _exec_dialog(self, dialog) -> int:
        """Show a dialog; tests answer it."""
        return dialog.exec()

    def show_scheduled(self) -> None:
        from ellipses_sms.ui.scheduled_dialog import ScheduledDialog

        ScheduledDialog(self.services, self).exec()

    def send(self) -> None:
        """Render every customer's message, confirm with a real example, then send."""
        self._send(None)

    def _send(self, at) -> None:
        """The send, now (`at` None) or journaled due at `at` (naive UTC)."""
        if self.is_sending() or self._prepare is not None:
            return
        count = self.model.rowCount()
        text = self.editor.text()
        title = self.tr("Envoyer")
        if not count:
            QMessageBox.warning(self, title, self.tr("Ajoutez au moins un destinataire."))
            return
        if not self._has_message():
            QMessageBox.warning(self, title, self.tr("Le message est vide."))
            self.editor.edit.setFocus()
            return
        if not self._check_sender():
            QMessageBox.warning(
                self,
                title,
                self.tr("Le nom d'expéditeur ne convient pas : %1").replace(
                    "%1", self.sender_error.text()
                ),
            )
            self.sender_edit.setFocus()
            return
        self._save_sender()
        rows = self.model.snapshot()
        people = self.model.recipients()
        provider, kind = self.provider(), self.kind()
        ready = self.preview.composition(text, people, provider, kind)
        if ready is not None and kind != "marketing":
            self._confirm(rows, text, ready, None, at)
            return
        # 100,000 rows take a moment to render, a marketing send looks each customer's
        # agreement up in the bookstore database: off the GUI thread, the window stays usable
        settings, carrier = self.settings, self.services.gateways.carrier

        def prepare():
            made = compose.for_send(people, text, settings, provider=carrier(provider), kind=kind)
            unknown: list[int] = []
            if kind == "marketing":
                found = consent.check(people, settings)
                made.refuse(found.refusals)
                unknown = [i for i in found.unknown if i not in made.refusals]
            return made, unknown

        self.send_state.setText(self.tr("Préparation de l'envoi…"))
        self.act_send.setEnabled(False)
        self.send_button.setEnabled(False)
        self._prepare = Worker(prepare, "gui-compose", self)
        self._prepare.done.connect(lambda done: self._prepared(rows, people, text, *done, at))
        self._prepare.failed.connect(self._prepare_failed)
        self._prepare.start()

    def _prepared(self, rows, people, text: str, composition, unknown: list[int], at) -> None:
        self._prepare = None
        self.send_state.clear()
        self._update_send_enabled()
        if people is not self.model.recipients() or text != self.editor.text():
            return  # the table or the text changed meanwhile: the clerk presses Envoyer again
        confirmed = None
        if unknown:  # a marketing send to numbers on no customer card: the clerk vouches, once
            if marketing.ask_consent(self, len(unknown)):
                confirmed = len(unknown)
            else:
                composition.refuse(dict.fromkeys(unknown, marketing.NOT_CONFIRMED))
        self._confirm(rows, text, composition, confirmed, at)

    def _prepare_failed(self, exc: Exception) -> None:
        self._prepare = None
        self.send_state.clear()
        self._update_send_enabled()
        QMessageBox.warning(self, self.tr("Envoyer"), str(exc))  # « {prenon} inconnu ; … »
        self.editor.edit.setFocus()

    def _confirm(
        self, rows, text: str, composition, consent_confirmed: int | None, at=None
    ) -> None:
        from ellipses_sms.ui.send_confirm import ConfirmSendDialog  # at the first send

        kind = self.kind()
        preferred = self.table.currentIndex().row() if self.table.currentIndex().isValid() else None
        dialog = ConfirmSendDialog(
            composition,
            provider=self.provider_combo.currentText(),
            kind=kind,
            settings=self.settings,
            send_test=self._send_test,
            credit=self._credit_check,
            preferred=preferred,
            notes=marketing.confirm_notes(self.settings) if kind == "marketing" else (),
            parent=self,
        )
        if dialog.exec() != ConfirmSendDialog.DialogCode.Accepted:
            return
        provider = self.provider()
        sender = self.sender_edit.text().strip() or None
        dispatcher = self.services.dispatcher
        cancel = threading.Event()
        people = composition.recipients
        job_text = composition.template if composition.template is not None else text
        texts = [
            t if i not in composition.refusals else (composition.template or "")
            for i, t in enumerate(composition.texts)
        ]
        confirmed = consent_confirmed

        def work() -> JobSummary:
            job_id = dispatcher.create_job(
                people,
                job_text or compose.PER_ROW_TEXT,
                provider=provider,
                sender=sender,
                kind=kind,
                source="gui",
                texts=texts,
                refusals=composition.template_refusals,
                consent_confirmed=confirmed,
            )
            return dispatcher.run(job_id, cancel)

        if at is not None:
            options = {
                "provider": provider,
                "sender": sender,
                "kind": kind,
                "texts": texts,
                "refusals": composition.template_refusals,
                "consent_confirmed": confirmed,
            }
            self._schedule(people, job_text, at, options)
            return
        self._pending_rows = rows
        self._start(work, cancel, len(rows))

    def _schedule(self, people, job_text: str | None, at, options: dict) -> None:
        """Journal the send due at `at` (naive UTC); the window's service or `ellipses-sms
        service` sends it then, once, even after a restart."""
        dispatcher = self.services.dispatcher

        def work():
            return dispatcher.create_job(
                people,
                job_text or compose.PER_ROW_TEXT,
                source="gui",
                not_before=at,
                claim=False,
                **options,
            )

        def done(job_id: int) -> None:
            when = queries.utc_to_local(at)
            sentence = (
                self.tr(
                    "Envoi n° %1 programmé le %2 à %3 : il partira de cette fenêtre ou du "
                    "service, même après un redémarrage (Suivi › Envois programmés)."
                )
                .replace("%1", str(job_id))
                .replace("%2", QLocale().toString(when.date(), QLocale.FormatType.ShortFormat))
                .replace("%3", when.strftime("%H:%M"))
            )
            self.send_state.setText(sentence)
            QMessageBox.information(self, self.tr("Envoi programmé"), sentence)

        worker = Worker(work, "gui-schedule", self)
        worker.done.connect(done)
        worker.failed.connect(self._prepare_failed)
        self._schedule_worker = worker
        worker.start()

    def _credit_check(self, parts: int, done) -> None:
        """The provider's credit against the send's parts, off the GUI thread (it asks the
        provider); `done(CreditCheck | None)` on the GUI thread."""
        from ellipses_sms import providers

        name, gateways = self.provider(), self.services.gateways
        price = float(self.settings.get("price_per_part") or 0.0)

        def work():
            if gateways.carrier(name) is None:
                return None
            return providers.credit_check(gateways, name, parts, price_per_part=price)

        worker = Worker(work, "gui-credit", self)
        worker.done.connect(done)
        worker.failed.connect(lambda exc: done(None))
        self._credit_worker = worker
        worker.start()

    def _send_test(self, number: str, text: str, done) -> None:
        """« M'envoyer un test »: the example to the clerk's number, journaled like any send."""
        region = str(self.settings.get("region") or "FR")
        who = recipients.make(self.tr("Test"), number, region)
        provider = self.provider()
        sender = self.sender_edit.text().strip() or None
        kind = self.kind()
        dispatcher = self.services.dispatcher

        def work() -> JobSummary:
            job_id = dispatcher.create_job(
                [who],
                text,
                provider=provider,
                sender=sender,
                kind=kind,
                source="gui-test",
                texts=[text],
            )
            return dispatcher.run(job_id, threading.Event())

        worker = Worker(work, "gui-test-send", self)
        worker.done.connect(lambda summary: done(summary.sentence()))
        worker.failed.connect(lambda exc: done(str(exc)))
        self._test_worker = worker
        worker.start()

    def _forget_cancelled(self) -> None:
        self._cancelled_job = None
        self.act_resume_cancelled.setEnabled(False)
        self.resume_cancelled_button.setVisible(False)

    def resume_cancelled(self) -> None:
        """« Reprendre l'envoi annulé »: what the cancel stopped goes now, nothing twice."""
        job_id = self._cancelled_job
        if job_id is None or self.is_sending():
            return
        left = self.model.counts().get(MessageState.CANCELLED, 0)
        answer = QMessageBox.question(
            self,
            self.tr("Reprendre l'envoi annulé"),
            self.tr("Envoyer les %1 message(s) que l'annulation a arrêtés ?").replace(
                "%1", QLocale().toString(left)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._forget_cancelled()
        dispatcher = self.services.dispatcher
        cancel = threading.Event()
        self._job_id = job_id
        self._start(
            lambda: dispatcher.resume_cancelled(job_id, cancel), cancel, self.model.rowCount()
        )
        done = self.model.rowCount() - left
        self.progress.setValue(done)

    def resume_job(self, job_id: int) -> None:
        """Show an interrupted job's recipients and send what is left of it."""
        if self.is_sending():
            self._resume_queue.append(job_id)
            return
        dispatcher = self.services.dispatcher
        self._resuming = job_id  # read off the GUI thread, shown by `_resume_loaded`
        worker = Worker(
            lambda: (dispatcher.messages(job_id), dispatcher.job_details(job_id)[0]),
            "gui-resume",
            self,
        )
        worker.done.connect(self._resume_loaded)
        self._resume_worker = worker
        worker.start()

    def _resume_loaded(self, found) -> None:
        """The interrupted job's messages: shown with its text and type, then sent."""
        messages, job = found
        job_id, self._resuming = self._resuming, None
        if not messages or job_id is None or self.is_sending():
            return
        dispatcher = self.services.dispatcher
        self.model.show_job(job_id, messages)
        self.editor.set_text(messages[0].text)
        self.set_kind(job.kind)  # a resumed campaign stays « Publicité »
        self._job_id = job_id
        cancel = threading.Event()
        self._start(lambda: dispatcher.run(job_id, cancel), cancel, len(messages))
        done = sum(1 for m in messages if m.state not in (MessageState.QUEUED, "submitting"))
        self.progress.setValue(done)

    def _start(self, work, cancel: threading.Event, total: int) -> None:
        self._cancel = cancel
        self._ended = None
        self.progress.setFormat(self.tr("%v / %m envoyés"))
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Annuler"))
        self.send_state.setText(self.tr("Envoi en cours…"))
        self._set_editing_enabled(False)
        self._worker = Worker(work, "gui-send", self)
        self._worker.done.connect(self._send_finished)
        self._worker.failed.connect(self._send_failed)
        self._update_send_enabled()
        self._worker.start()

    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (
            self.name_edit,
            self.number_edit,
            self.add_button,
            self.clear_button,
            self.remove_button,
            self.provider_combo,
            self.kind_combo,
            self.sender_edit,
        ):
            widget.setEnabled(enabled)
        self.editor.set_read_only(not enabled)
        features = {self.act_open: "lists", self.act_import: "import"}
        for action in (
            self.act_open,
            self.act_import,
            self.act_add,
            self.act_clear,
            self.act_remove,
        ):
            feature = features.get(action)
            action.setEnabled(enabled and (feature is None or self.available[feature]))

    def cancel_send(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Annulation…"))
            self.send_state.setText(self.tr("Annulation en cours…"))

    def _on_job_created(self, job_id: int, total: int) -> None:
        if self._pending_rows is not None and self.is_sending():
            self.model.track(job_id, self._pending_rows)
            self._pending_rows = None
            self._job_id = job_id

    def _on_messages_changed(self, job_id: int, updates: list) -> None:
        self.model.apply_updates(job_id, updates)
        ended = self._ended
        if ended is not None and job_id == ended.job_id and not self.is_sending():
            # reports that come after the end notice: the line under the table follows them
            counts = {state: n for state, n in self.model.counts().items()}
            later = JobSummary(ended.job_id, ended.state, ended.total, counts, ended.error)
            self.send_state.setText(later.sentence())

    def _on_progress(self, job_id: int, done: int, total: int, counts=None) -> None:
        if job_id == self._job_id and self.is_sending():
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            counts = counts or {}
            refused = sum(counts.get(s, 0) for s in (MessageState.BLOCKED, MessageState.REJECTED))
            sent = sum(counts.get(s, 0) for s in (MessageState.SENT, MessageState.DELIVERED))
            if refused:  # a refused number is not « envoyé »: counted apart
                self.progress.setFormat(
                    self.tr("%v / %m traités : %1 envoyé(s), %2 refusé(s)")
                    .replace("%1", QLocale().toString(sent))
                    .replace("%2", QLocale().toString(refused))
                )
            else:
                self.progress.setFormat(self.tr("%v / %m envoyés"))

    def _end_send(self) -> None:
        self.relay.flush_all()  # the last statuses before the notice
        self._worker = None
        self._cancel = None
        self._pending_rows = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_editing_enabled(True)
        self._update_send_enabled()
        if self.poller is not None:
            self.poller.poke()

    def _send_finished(self, summary: JobSummary) -> None:
        self._end_send()
        self._ended = summary
        cancelled = summary.state == JobState.CANCELLED and summary.count(MessageState.CANCELLED)
        self._sent_snapshot = (self.model.recipients(), self.editor.text())
        self._cancelled_job = summary.job_id if cancelled else None
        self.act_resume_cancelled.setEnabled(bool(cancelled))
        self.resume_cancelled_button.setVisible(bool(cancelled))
        sentence = summary.sentence()
        self.send_state.setText(sentence)
        if self._close_after_send:
            self.close()
            return
        QMessageBox.information(self, self.tr("Envoi"), sentence)
        if self._resume_queue:
            self.resume_job(self._resume_queue.pop(0))

    def _send_failed(self, exc: Exception) -> None:
        self._end_send()
        if isinstance(exc, SendError | LookupError):
            text = str(exc)
        else:
            text = self.tr("L'envoi s'est arrêté sur une erreur inattendue : %1").replace(
                "%1", str(exc)
            )
        self.send_state.setText(text)
        if self._close_after_send:
            self.close()
            return
        QMessageBox.warning(self, self.tr("Envoi impossible"), text)

    # -- after an interruption ------------------------------------------------------------

    def check_unfinished(self) -> None:
        """Look for jobs a crash left unfinished and messages whose fate is uncertain."""
        dispatcher = self.services.dispatcher

        def work():
            unfinished = dispatcher.recover()
            return unfinished, dispatcher.uncertain_messages(), self._details(unfinished)

        self._check_worker = Worker(work, "gui-recover", self)
        self._check_worker.done.connect(self._offer_recovery)
        self._check_worker.start()

    def _details(self, unfinished: list[int]) -> list:
        """On a worker thread: what the start-up question shows of each unfinished job."""
        return [self.services.dispatcher.job_details(job_id) for job_id in unfinished[:5]]

    def _offer_recovery(self, found) -> None:
        unfinished, uncertain, details = found
        dispatcher = self.services.dispatcher
        if uncertain:
            decision = self.ask_uncertain(uncertain)
            if decision is not None:
                ids = [m.id for m in uncertain]

                def settle():
                    dispatcher.settle_uncertain(ids, resend=decision == "resend")
                    again = dispatcher.unfinished_jobs()
                    return again, [], self._details(again)

                self._check_worker = Worker(settle, "gui-settle", self)
                self._check_worker.done.connect(self._offer_recovery)
                self._check_worker.start()
                return
        if unfinished:
            self.ask_resume(unfinished, details)

    def ask_resume(self, unfinished: list[int], details: list) -> None:
        """« Un envoi n'a pas été terminé »: its text, date and counts; « Plus tard » is the
        default (resuming sends SMS: the clerk says so)."""
        locale = QLocale()
        lines = []
        waiting_states = (MessageState.QUEUED, MessageState.SUBMITTING)
        for job, counts in details:
            left = sum(n for state, n in counts.items() if state in waiting_states)
            done = sum(n for state, n in counts.items() if state not in waiting_states)
            when = queries.utc_to_local(job.created_at)
            text = " ".join(str(job.text or "").split())
            text = text if len(text) <= 70 else text[:69] + "…"
            lines.append(
                self.tr("Envoi du %1 à %2 : « %3 »")
                .replace("%1", locale.toString(when.date(), QLocale.FormatType.ShortFormat))
                .replace("%2", when.strftime("%H:%M"))
                .replace("%3", text)
                + "\n"
                + self.tr("%1 envoyé(s) ou réglé(s), %2 restant à envoyer")
                .replace("%1", locale.toString(done))
                .replace("%2", locale.toString(left))
            )
        if len(unfinished) > len(details):
            lines.append(
                self.tr("… et %1 autre(s) envoi(s)").replace(
                    "%1", locale.toString(len(unfinished) - len(details))
                )
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Envoi interrompu"))
        box.setText(
            self.tr("Un envoi n'a pas été terminé.")
            if len(unfinished) == 1
            else self.tr("%1 envois n'ont pas été terminés.").replace(
                "%1", locale.toString(len(unfinished))
            )
        )
        box.setInformativeText("\n\n".join(lines) + "\n\n" + self.tr("Le reprendre maintenant ?"))
        resume = box.addButton(self.tr("Reprendre l'envoi"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        if self._exec_box(box) is resume:
            self._resume_queue.extend(unfinished[1:])
            self.resume_job(unfinished[0])

    def _exec_box(self, box: QMessageBox):
        """Show a message box and return the button clicked (tests answer it)."""
        box.exec()
        return box.clickedButton()

    def ask_uncertain(self, uncertain: list) -> str | None:
        """The clerk's choice on uncertain messages: "resend", "abandon" or None (later)."""
        shown = "\n".join(f"  • {m.name or ''} {m.number}".rstrip() for m in uncertain[:10])
        if len(uncertain) > 10:
            shown += "\n  • …"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Envois incertains"))
        box.setText(
            self.tr(
                "Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message(s),"
                " sans qu'on puisse le vérifier.",
                "",
                len(uncertain),
            )
        )
        box.setInformativeText(
            self.tr(
                "Les renvoyer risque un doublon chez ces clients ; les abandonner risque "
                "qu'ils ne reçoivent rien."
            )
            + "\n\n"
            + shown
        )
        resend = box.addButton(self.tr("Renvoyer"), QMessageBox.ButtonRole.AcceptRole)
        abandon = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Décider plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is resend:
            return "resend"
        if clicked is abandon:
            return "abandon"
        return None

    # -- closing --------------------------------------------------------------------------

    def _unsent_work(self) -> bool:
        """Recipients or a message the clerk would lose (not just a send that went)."""
        if not self.model.rowCount() and not self.editor.text().strip():
            return False
        sent = self._sent_snapshot
        return sent is None or (
            sent[0] is not self.model.recipients() or sent[1] != self.editor.text()
        )

    def _settle_draft(self) -> bool:
        """At quit: « Enregistrer la liste / Ne pas enregistrer / Annuler »; the draft is kept
        either way and comes back at the next start. False: the clerk stays."""
        from ellipses_sms import draft

        if not self._unsent_work():
            self._keep_draft(None)
            return True
        box = QMessageBox(self)
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
        save.setEnabled(self.model.rowCount() > 0 and self.available["lists"])
        clicked = self._exec_box(box)
        if clicked is None or clicked is stay:
            return False
        if clicked is save:
            self.save_list()
        self._keep_draft(
            draft.Draft(list(self.model.recipients()), self.editor.text(), self.kind())
        )
        return True

    def _keep_draft(self, kept) -> None:
        from ellipses_sms import draft

        try:
            if kept is None:
                draft.clear()
            else:
                draft.save(kept)
        except OSError:
            log.warning("draft not kept", exc_info=True)

    def restore_draft(self) -> None:
        """At start: the recipients and message the clerk left, read off the GUI thread."""
        from ellipses_sms import draft

        self._draft_worker = Worker(draft.load, "gui-draft", self)
        self._draft_worker.done.connect(self._draft_loaded)
        self._draft_worker.start()

    def _draft_loaded(self, kept) -> None:
        if kept is None or kept.empty or self.is_sending():
            return
        if self.model.rowCount() or self.editor.text().strip():
            return  # the clerk started something meanwhile: theirs wins
        self.model.add_recipients(kept.recipients)
        self.editor.set_text(kept.text)
        self.set_kind(kept.kind)
        self.statusBar().showMessage(
            self.tr("Repris de la dernière fois : %1 destinataire(s) et le message.").replace(
                "%1", QLocale().toString(len(kept.recipients))
            ),
            10000,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_sending():
            if not self._close_after_send:
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
                    self._close_after_send = True
                    self.cancel_send()
            event.ignore()  # closes itself once the worker has stopped
            return
        if not self._close_after_send and not self._settle_draft():
            event.ignore()
            return
        self.save_state()
        self.relay.close()
        self.preview.close_tasks()
        self.template_menu.close_tasks()
        super().closeEvent(event)
