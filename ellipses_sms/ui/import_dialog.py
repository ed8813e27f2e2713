"""« Importer depuis la base librairie »: pick a filter script, fill its parameters, run it.

The old tool's screen (manual II.2.c): a list of scripts, the selected one's description, then
its customers go into the recipient table, replacing or following the ones already there. Every
rule lives in `ellipses_sms.scripts.runner` and `ellipses_sms.bookstore`; this dialog only
presents them. Queries run on a worker thread (the window never freezes on a large database) and
can be cancelled: the token stops SQLite from its progress handler.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import paths
from ellipses_sms.bookstore import (
    Bookstore,
    BookstoreError,
    CancelToken,
    QueryCancelled,
    demo_path,
    open_bookstore,
)
from ellipses_sms.recipients import Recipient
from ellipses_sms.scripts import runner
from ellipses_sms.scripts.runner import RunResult, Script

log = logging.getLogger(__name__)

PREVIEW_ROWS = 50
_ERROR_COLOUR = QColor("#b3261e")


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread (queued: emitted from a Python thread)."""

    finished = Signal(int, object, object)  # run id, RunResult | None, exception | None


class ImportDialog(QDialog):
    """Choose a script, run it off the GUI thread, hand its recipients to the main window."""

    def __init__(self, services, has_rows: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = services.settings
        self.has_rows = has_rows
        self.setWindowTitle(self.tr("Importer depuis la base librairie"))
        self.resize(980, 660)
        self._scripts: list[Script] = []
        self._inputs: dict[str, Callable[[], Any]] = {}
        self._bookstore: Bookstore | None = None
        self._bookstore_lock = threading.Lock()
        self._token: CancelToken | None = None
        self._run_id = 0
        self._run_key: tuple | None = None
        self._accept_when_done = False
        self._preview: tuple[tuple, RunResult] | None = None
        self._result: RunResult | None = None
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)

        self.script_list = QListWidget()
        self.script_list.setMinimumWidth(280)
        self.script_list.setWordWrap(True)
        self.script_list.setSpacing(2)
        self.script_list.currentRowChanged.connect(self._show_script)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.kind_label = QLabel()
        self.kind_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {_ERROR_COLOUR.name()};")
        self.error_label.hide()

        self.params_box = QGroupBox(self.tr("Paramètres"))
        self.params_form = QFormLayout(self.params_box)

        self.preview_button = QPushButton(self.tr("Aperçu"))
        self.preview_button.setToolTip(
            self.tr("Compter les clients trouvés et montrer les premières lignes")
        )
        self.preview_button.clicked.connect(self.preview)
        self.run_button = QPushButton(self.tr("Exécuter"))
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Importer les clients trouvés dans les destinataires"))
        self.run_button.clicked.connect(self.execute)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("Arrêter la requête en cours"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a query gives no percentage
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.run_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress)
        actions.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.replace_radio = QRadioButton(self.tr("Remplacer les destinataires actuels"))
        self.append_radio = QRadioButton(self.tr("Ajouter à la suite des destinataires actuels"))
        self.append_radio.setChecked(True)
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self.replace_radio)
        self._mode_group.addButton(self.append_radio)
        self.mode_box = QGroupBox(self.tr("La liste des destinataires n'est pas vide"))
        mode_layout = QHBoxLayout(self.mode_box)
        mode_layout.addWidget(self.append_radio)
        mode_layout.addWidget(self.replace_radio)
        mode_layout.addStretch(1)
        self.mode_box.setVisible(has_rows)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.verticalHeader().setDefaultSectionSize(22)
        self.refused_text = QPlainTextEdit()
        self.refused_text.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_table, self.tr("Aperçu"))
        self.tabs.addTab(self.refused_text, self.tr("Lignes refusées"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.description_label)
        right_layout.addWidget(self.kind_label)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.params_box)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.status_label)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(self.script_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 680])

        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Ouvrir le dossier"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.reload_button = QPushButton(self.tr("Actualiser la liste"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.setToolTip(self.tr("Relire les scripts (après en avoir modifié un)"))
        self.reload_button.clicked.connect(self.reload)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        folder_row.addWidget(self.reload_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.database_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.mode_box)
        layout.addLayout(folder_row)
        layout.addWidget(buttons)

        self._show_database()
        self.reload()

    # -- the contract with the main window ------------------------------------------------------

    def result_recipients(self) -> list[Recipient]:
        """The recipients of the last run (valid, without duplicates)."""
        return list(self._result.recipients) if self._result else []

    def mode(self) -> str:
        """« replace » or « append » (the clerk's choice when the table was not empty)."""
        return "replace" if self.has_rows and self.replace_radio.isChecked() else "append"

    def refused_report(self) -> str:
        """The rows that were not imported, in French (empty when every row was usable)."""
        result = self._result
        if result is None or not result.refused:
            return ""
        return f"« {result.script.name} » : {result.summary()}.\n\n{result.report()}"

    def kind(self) -> str:
        """notification or marketing: what the chosen script is for (the send's kind)."""
        return self._result.script.kind if self._result else "notification"

    def running(self) -> bool:
        return self._token is not None

    # -- scripts --------------------------------------------------------------------------------

    def _show_database(self) -> None:
        url = (self.settings.get("bookstore_url") or "").strip()
        if url:
            try:
                shown = Bookstore(url).describe()
            except BookstoreError as exc:
                shown = str(exc)
            text = self.tr("Base librairie : %1").replace("%1", shown)
        else:
            text = self.tr(
                "Base librairie : base de démonstration (%1). Réglez l'adresse de la vraie base "
                "dans les réglages (bookstore_url)."
            ).replace("%1", str(demo_path()))
        self.database_label.setText(text)
        folder = paths.user_scripts_dir()
        self.folder_label.setText(
            self.tr("Scripts de la librairie (fichiers .sql) : %1").replace("%1", str(folder))
        )

    @Slot()
    def reload(self) -> None:
        """Read the scripts again (shipped and the bookstore's own); keep the selection."""
        current = self.current_script()
        self._scripts = runner.discover()
        self.script_list.blockSignals(True)
        self.script_list.clear()
        for script in self._scripts:
            item = QListWidgetItem(self._item_text(script))
            if script.error:
                item.setForeground(QBrush(_ERROR_COLOUR))
                item.setToolTip(str(script.error))
            else:
                item.setToolTip(script.description)
            self.script_list.addItem(item)
        self.script_list.blockSignals(False)
        row = 0
        if current is not None:
            row = next((i for i, s in enumerate(self._scripts) if s.path == current.path), 0)
        if self._scripts:
            self.script_list.setCurrentRow(row)
            self._show_script(row)

    def _item_text(self, script: Script) -> str:
        if script.error:
            return self.tr("⚠ %1 (erreur)").replace("%1", script.name)
        if script.source == runner.USER:
            return self.tr("%1 (librairie)").replace("%1", script.name)
        return script.name

    def current_script(self) -> Script | None:
        row = self.script_list.currentRow()
        return self._scripts[row] if 0 <= row < len(self._scripts) else None

    def select(self, ident: str) -> None:
        """Select a script by its file name (``commandes_recues``)."""
        for i, s in enumerate(self._scripts):
            if s.ident == ident:
                self.script_list.setCurrentRow(i)
                return
        raise KeyError(ident)

    @Slot(int)
    def _show_script(self, row: int) -> None:
        script = self._scripts[row] if 0 <= row < len(self._scripts) else None
        self._clear_form()
        self._clear_preview()
        if script is None:
            return
        self.title_label.setText(script.name)
        if script.error:
            self.description_label.setText(
                self.tr(
                    "Ce script ne peut pas être exécuté. Corrigez le fichier %1 puis cliquez "
                    "sur « Actualiser la liste »."
                ).replace("%1", str(script.path))
            )
            self.error_label.setText(str(script.error))
            self.error_label.show()
            self.kind_label.clear()
            self.params_box.hide()
        else:
            self.description_label.setText(script.description or self.tr("(sans description)"))
            self.error_label.hide()
            self.kind_label.setText(
                self.tr(
                    "Marketing : seuls les clients qui ont accepté « Recevoir les News par SMS » "
                    "sont importés."
                )
                if script.marketing
                else self.tr("Notification (message de service).")
            )
            self._build_form(script)
        self._update_buttons()

    def _clear_form(self) -> None:
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self._inputs.clear()

    def _build_form(self, script: Script) -> None:
        """One input per parameter, set to its default, labelled in the clerk's words."""
        for param in script.params:
            initial = param.initial()
            getter: Callable[[], Any]
            if param.type == "choice":
                widget = QComboBox()
                widget.addItems(list(param.choices))
                widget.setCurrentText(str(initial))
                getter = widget.currentText
            elif param.type == "date":
                widget = QDateEdit()
                widget.setCalendarPopup(True)
                widget.setDisplayFormat("dd/MM/yyyy")
                widget.setDate(QDate(initial.year, initial.month, initial.day))
                getter = lambda w=widget: _to_date(w.date())  # noqa: E731
            elif param.type == "number" and param.decimals:
                widget = QDoubleSpinBox()
                widget.setDecimals(2)
                widget.setRange(-1e9, 1e9)
                widget.setValue(float(initial))
                widget.setGroupSeparatorShown(True)
                getter = widget.value
            elif param.type == "number":
                widget = QSpinBox()
                widget.setRange(-999_999_999, 999_999_999)
                widget.setValue(int(initial))
                widget.setGroupSeparatorShown(True)
                getter = widget.value
            else:
                widget = QLineEdit(str(initial))
                widget.setClearButtonEnabled(True)
                getter = widget.text
            widget.setObjectName(f"param_{param.key}")
            widget.setToolTip(self.tr("Par défaut : %1").replace("%1", param.default_text()))
            self._inputs[param.key] = getter
            label = QLabel(param.label + " :")
            label.setBuddy(widget)
            self.params_form.addRow(label, widget)
        self.params_box.setVisible(bool(script.params))

    def input(self, key: str) -> QWidget:
        """The form's input of a parameter (tests, and the lead's wiring)."""
        widget = self.params_box.findChild(QWidget, f"param_{key}")
        if widget is None:
            raise KeyError(key)
        return widget

    def values(self) -> dict[str, Any]:
        return {key: get() for key, get in self._inputs.items()}

    # -- running --------------------------------------------------------------------------------

    @Slot()
    def preview(self) -> None:
        self._start(accept=False)

    @Slot()
    def execute(self) -> None:
        """Run and, when recipients come back, close the dialog with them."""
        script = self.current_script()
        if script is None or not script.ok or self.running():
            return
        key = self._key(script)
        if self._preview is not None and self._preview[0] == key and self._preview[1].recipients:
            self._result = self._preview[1]  # the preview already ran these very parameters
            self.accept()
            return
        self._start(accept=True)

    def _key(self, script: Script) -> tuple:
        return (str(script.path), tuple(sorted((k, repr(v)) for k, v in self.values().items())))

    def _start(self, accept: bool) -> None:
        script = self.current_script()
        if script is None or not script.ok or self.running():
            return
        values = self.values()
        region = self.settings.get("region")
        token = CancelToken()
        self._token = token
        self._run_id += 1
        run_id = self._run_id
        self._run_key = self._key(script)
        self._accept_when_done = accept
        self.status_label.setText(self.tr("Recherche des clients…"))
        self._update_buttons()

        def work() -> RunResult:
            bookstore = self._open_bookstore()
            return runner.run(script, bookstore, values, region, token, keep_rows=PREVIEW_ROWS)

        def thread() -> None:
            try:
                result, error = work(), None
            except Exception as exc:  # said in French on the GUI thread
                if not isinstance(exc, runner.ScriptError | BookstoreError):
                    log.exception("import script failed")
                result, error = None, exc
            with contextlib.suppress(RuntimeError):  # the dialog is gone: nobody waits
                self._relay.finished.emit(run_id, result, error)

        threading.Thread(target=thread, name="import-script", daemon=True).start()

    def _open_bookstore(self) -> Bookstore:
        """Opened once per dialog, on the worker (the demo may have to be generated first)."""
        with self._bookstore_lock:
            if self._bookstore is None:
                self._bookstore = open_bookstore(self.settings)
            return self._bookstore

    @Slot()
    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status_label.setText(self.tr("Annulation…"))

    @Slot(int, object, object)
    def _finished(self, run_id: int, result: RunResult | None, error: object) -> None:
        if run_id != self._run_id:
            return
        self._token = None
        key, self._run_key = self._run_key, None
        self._update_buttons()
        if error is not None:
            self._clear_preview()
            if isinstance(error, QueryCancelled):
                self.status_label.setText(self.tr("Requête annulée : rien n'a été importé."))
            else:
                self.status_label.setText(self.tr("Erreur : %1").replace("%1", _french(error)))
            return
        assert result is not None
        self._show_preview(result)
        self._preview = (key, result)
        if not self._accept_when_done:
            return
        if not result.recipients:
            self.status_label.setText(
                self.tr("Aucun destinataire à importer : %1.").replace("%1", result.summary())
            )
            return
        self._result = result
        self.accept()

    def _show_preview(self, result: RunResult) -> None:
        self.status_label.setText(result.summary() + ".")
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(result.columns))
        table.setHorizontalHeaderLabels(result.columns)
        table.setRowCount(len(result.first_rows))
        for r, row in enumerate(result.first_rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(runner._text(value)))
        table.resizeColumnsToContents()
        shown = len(result.first_rows)
        self.tabs.setTabText(
            0,
            self.tr("Aperçu (%1 premières lignes sur %2)")
            .replace("%1", str(shown))
            .replace("%2", str(result.rows))
            if shown < result.rows
            else self.tr("Aperçu (%1 lignes)").replace("%1", str(result.rows)),
        )
        self.refused_text.setPlainText(result.report(limit=1000))
        self.tabs.setTabText(
            1, self.tr("Lignes refusées (%1)").replace("%1", str(len(result.refused)))
        )

    def _clear_preview(self) -> None:
        self._preview = None
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.refused_text.clear()
        self.tabs.setTabText(0, self.tr("Aperçu"))
        self.tabs.setTabText(1, self.tr("Lignes refusées"))
        if not self.running():
            self.status_label.clear()

    def _update_buttons(self) -> None:
        script = self.current_script()
        idle = not self.running()
        usable = script is not None and script.ok and idle
        self.preview_button.setEnabled(usable)
        self.run_button.setEnabled(usable)
        self.cancel_button.setEnabled(not idle)
        self.progress.setVisible(not idle)
        self.script_list.setEnabled(idle)
        self.params_box.setEnabled(idle)
        self.reload_button.setEnabled(idle)

    # -- the user folder ------------------------------------------------------------------------

    @Slot()
    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_scripts_dir())))

    # -- closing --------------------------------------------------------------------------------

    def done(self, code: int) -> None:
        if self._token is not None:  # closing while a query runs: stop it
            self._token.cancel()
            self._token = None
        if self._bookstore is not None:
            with contextlib.suppress(Exception):
                self._bookstore.dispose()
        super().done(code)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _french(error: object) -> str:
    if isinstance(error, runner.ScriptError | BookstoreError):
        return str(error)
    return f"{type(error).__name__} : {error}"
