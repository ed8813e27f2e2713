"""The import window: pick a filter script, fill its parameters, preview, run, then import.

As in the old tool (manual II.2.c): a list of scripts, the selected one's description so that the
clerk knows exactly which customers it picks, then the extraction. The query runs off the GUI
thread with a busy bar and « Annuler »; rows whose number cannot receive an SMS are listed, never
dropped in silence. When the recipient table is not empty the clerk chooses to replace it or to
add to it. Everything here only presents `ellipses_sms.scripts.runner`, the same service as
`ellipses-sms import`.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import bookstore, paths, phone
from ellipses_sms.recipients import Recipient
from ellipses_sms.scripts import runner
from ellipses_sms.states import SendKind
from ellipses_sms.ui.report_text import import_report
from ellipses_sms.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    """Choose and run an import script; read the outcome with the three accessors after exec()."""

    def __init__(self, services: Any, has_rows: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des clients depuis la base librairie"))
        self.setObjectName("ImportDialog")
        self.resize(980, 640)
        self._services = services
        self._settings = services.settings
        self._has_rows = has_rows
        self._scripts: list[runner.Script] = []
        self._param_widgets: dict[str, QWidget] = {}
        self._result: runner.RunResult | None = None
        self._token: runner.CancelToken | None = None
        self._tasks = TaskRunner(self, workers=1)
        self._build()
        self.reload_scripts()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.database_label.setText(self.tr("Base librairie : {url}").format(url=self._db_text()))
        outer.addWidget(self.database_label)

        splitter = QSplitter(Qt.Horizontal)
        outer.addWidget(splitter, 1)

        # left: the scripts
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Scripts (filtres) :")))
        self.script_list = QListWidget()
        self.script_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.script_list.currentRowChanged.connect(self._on_selected)
        left_box.addWidget(self.script_list, 1)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        folder_row.addWidget(self.folder_label, 1)
        left_box.addLayout(folder_row)
        folder_buttons = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Ouvrir le dossier"))
        self.folder_button.setToolTip(
            self.tr("Le dossier où placer les scripts .sql propres à votre librairie")
        )
        self.folder_button.clicked.connect(self.open_folder)
        self.reload_button = QPushButton(self.tr("Actualiser la liste"))
        self.reload_button.clicked.connect(self.reload_scripts)
        folder_buttons.addWidget(self.folder_button)
        folder_buttons.addWidget(self.reload_button)
        folder_buttons.addStretch(1)
        left_box.addLayout(folder_buttons)
        splitter.addWidget(left)

        # right: description, parameters, preview, outcome
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title_label.setFont(bold)
        self.title_label.setWordWrap(True)
        right_box.addWidget(self.title_label)
        self.kind_label = QLabel()
        self.kind_label.setWordWrap(True)
        right_box.addWidget(self.kind_label)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.description_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        right_box.addWidget(self.description_label)

        self.params_box = QGroupBox(self.tr("Critères"))
        self.params_form = QFormLayout(self.params_box)
        right_box.addWidget(self.params_box)

        actions = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Aperçu"))
        self.preview_button.setToolTip(self.tr("Compter les clients et voir les premiers"))
        self.preview_button.clicked.connect(self.preview)
        self.run_button = QPushButton(self.tr("Exécuter"))
        self.run_button.setToolTip(self.tr("Extraire les clients et préparer leur import"))
        self.run_button.clicked.connect(self.execute)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("Arrêter la requête en cours"))
        self.cancel_button.clicked.connect(self.cancel_query)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a query does not know its length
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        for w in (self.preview_button, self.run_button, self.cancel_button):
            actions.addWidget(w)
        actions.addWidget(self.progress)
        actions.addStretch(1)
        right_box.addLayout(actions)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        right_box.addWidget(self.status_label)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        right_box.addWidget(self.preview_table, 2)

        self.refused_view = QPlainTextEdit()
        self.refused_view.setReadOnly(True)
        self.refused_view.setPlaceholderText(self.tr("Lignes refusées (numéro inutilisable)"))
        self.refused_view.setMaximumHeight(110)
        self.refused_view.setVisible(False)
        right_box.addWidget(self.refused_view, 1)

        self.mode_box = QGroupBox(self.tr("La liste des destinataires n'est pas vide :"))
        mode_row = QHBoxLayout(self.mode_box)
        self.append_radio = QRadioButton(self.tr("Ajouter à la suite"))
        self.replace_radio = QRadioButton(self.tr("Remplacer la liste"))
        self.append_radio.setChecked(True)  # nothing the clerk typed is lost by default
        mode_row.addWidget(self.append_radio)
        mode_row.addWidget(self.replace_radio)
        mode_row.addStretch(1)
        self.mode_box.setVisible(self._has_rows)
        right_box.addWidget(self.mode_box)

        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 640])

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Fermer"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _db_text(self) -> str:
        url = str(self._settings.get("bookstore_url") or "").strip()
        if not url:
            return self.tr("base de démonstration ({path})").format(path=bookstore.demo_path())
        return bookstore.describe(bookstore.configured_url(None, url))

    # -- scripts -------------------------------------------------------------------------------

    def reload_scripts(self) -> None:
        """Read the shipped and the bookstore's scripts again (after editing one)."""
        current = self.current_script()
        folder = paths.user_scripts_dir()
        self.folder_label.setText(self.tr("Vos scripts : {folder}").format(folder=folder))
        self._scripts = runner.discover(folder)
        self.script_list.blockSignals(True)
        self.script_list.clear()
        warn = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        for script in self._scripts:
            label = (
                script.name
                if script.shipped
                else self.tr("{name} (librairie)").format(name=script.name)
            )
            item = QListWidgetItem(label)
            if script.error:
                item.setIcon(warn)
                item.setForeground(Qt.darkRed)
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
            self._on_selected(row)

    def current_script(self) -> runner.Script | None:
        row = self.script_list.currentRow() if hasattr(self, "script_list") else -1
        return self._scripts[row] if 0 <= row < len(self._scripts) else None

    def select_script(self, key: str) -> None:
        """Select a script by its file name (tests, and a window remembering the last one)."""
        for i, script in enumerate(self._scripts):
            if script.key == key:
                self.script_list.setCurrentRow(i)
                return
        raise KeyError(key)

    def _on_selected(self, row: int) -> None:
        script = self._scripts[row] if 0 <= row < len(self._scripts) else None
        self._forget_result()
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self._param_widgets = {}
        if script is None:
            self.title_label.clear()
            self.description_label.clear()
            self.kind_label.clear()
            self._set_idle()
            return
        self.title_label.setText(script.name)
        if script.error:
            self.kind_label.setText(self.tr("Ce script contient une erreur :"))
            self.kind_label.setStyleSheet("color: #a00000;")
            self.description_label.setText(str(script.error))
        else:
            self.kind_label.setStyleSheet("")
            if script.kind == SendKind.MARKETING:
                self.kind_label.setText(
                    self.tr("Marketing : seulement les clients qui acceptent les news SMS.")
                )
            else:
                self.kind_label.setText(self.tr("Information client (notification)."))
            self.description_label.setText(script.description or self.tr("(sans description)"))
            for param in script.params:
                widget = self._widget_for(param)
                self._param_widgets[param.key] = widget
                self.params_form.addRow(param.label + " :", widget)
        self.params_box.setVisible(bool(script.params))
        self._set_idle()

    def _widget_for(self, param: runner.Param) -> QWidget:
        try:
            default = param.default_value()
        except ValueError:
            default = None
        if param.type == "number":
            if param.decimal:
                spin = QDoubleSpinBox()
                spin.setDecimals(2)
            else:
                spin = QSpinBox()
            spin.setRange(-1_000_000_000, 1_000_000_000)
            spin.setGroupSeparatorShown(True)
            if default is not None:
                spin.setValue(default)
            return spin
        if param.type == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            day = default if isinstance(default, date) else date.today()
            edit.setDate(QDate(day.year, day.month, day.day))
            return edit
        if param.type == "choice":
            combo = QComboBox()
            combo.addItems(list(param.choices))
            if default in param.choices:
                combo.setCurrentText(default)
            return combo
        line = QLineEdit(param.default)
        line.setClearButtonEnabled(True)
        return line

    def values(self) -> dict[str, Any]:
        """The parameters as typed values, from the form."""
        out: dict[str, Any] = {}
        for key, widget in self._param_widgets.items():
            if isinstance(widget, QDoubleSpinBox | QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QDateEdit):
                d = widget.date()
                out[key] = date(d.year(), d.month(), d.day())
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def param_widget(self, key: str) -> QWidget:
        return self._param_widgets[key]

    # -- running -------------------------------------------------------------------------------

    def _start(self, work, on_done) -> None:
        script = self.current_script()
        if script is None or script.error:
            return
        self._forget_result()
        token = runner.CancelToken()
        self._token = token
        values = self.values()
        region = str(self._settings.get("region") or "FR")
        explicit = str(self._settings.get("bookstore_url") or "")

        def job():
            url = bookstore.configured_url(None, explicit) if explicit.strip() else None
            return work(script, values, url or bookstore.configured_url(), region, token)

        self._set_busy(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Recherche des clients…"))
        self._tasks.run(job, on_done, self._on_error, long=True)

    def preview(self) -> None:
        """Count the customers and show the first ones, without importing."""
        self._start(
            lambda s, v, url, _region, token: runner.preview(s, v, url, PREVIEW_ROWS, token),
            self._on_preview,
        )

    def execute(self) -> None:
        """Run the script and prepare the recipients (imported on « Importer »)."""
        self._start(
            lambda s, v, url, region, token: runner.run(s, v, url, region, token),
            self._on_result,
        )

    def cancel_query(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status_label.setText(self.tr("Annulation…"))

    def busy(self) -> bool:
        return self._tasks.busy()

    def _on_preview(self, preview: runner.Preview) -> None:
        self._set_busy(False)
        self._fill_table(preview.columns, preview.rows)
        if preview.count == 0:
            self.status_label.setText(self.tr("Aucun client ne correspond à ces critères."))
        else:
            shown = min(preview.count, PREVIEW_ROWS)
            self.status_label.setText(
                self.tr(
                    "%n client(s) trouvé(s) ; les {shown} premiers ci-dessous.", "", preview.count
                ).format(shown=shown)
            )

    def _on_result(self, result: runner.RunResult) -> None:
        self._set_busy(False)
        self._result = result
        extra = result.columns_extra()
        self._fill_table(
            # the other columns by their placeholder, as the message will use them
            [self.tr("Nom"), self.tr("Numéro"), *(f"{{{k}}}" for k in extra)],
            [
                (r.name, phone.display(r.number), *(r.fields.get(k, "") for k in extra))
                for r in result.recipients[:PREVIEW_ROWS]
            ],
        )
        good, bad = len(result.recipients), len(result.refused)
        if result.rows == 0:
            self.status_label.setText(self.tr("Aucun client ne correspond à ces critères."))
        else:
            self.status_label.setText(
                self.tr(
                    "{good} destinataire(s) prêt(s) à importer, {bad} ligne(s) refusée(s) "
                    "sur {rows}."
                ).format(good=good, bad=bad, rows=result.rows)
            )
        if bad:
            self.refused_view.setPlainText(import_report(result))
            self.refused_view.setVisible(True)
        self.import_button.setEnabled(good > 0)
        self.import_button.setText(self.tr("Importer %n destinataire(s)", "", good))
        if good:
            self.import_button.setDefault(True)

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, runner.Cancelled):
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Recherche annulée."))
            return
        if isinstance(exc, runner.ScriptError | bookstore.BookstoreError | ValueError):
            message = str(exc)
        else:
            log.error("import failed: %r", exc)
            message = self.tr("Erreur inattendue : {error}").format(error=exc)
        self.status_label.setStyleSheet("color: #a00000;")
        self.status_label.setText(message)

    def _fill_table(self, columns: list[str], rows: list[tuple]) -> None:
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(columns))
        self.preview_table.setHorizontalHeaderLabels(columns)
        self.preview_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview_table.setItem(
                    r, c, QTableWidgetItem("" if value is None else str(value))
                )

    def _set_busy(self, busy: bool) -> None:
        script = self.current_script()
        usable = script is not None and script.ok
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.preview_button.setEnabled(usable and not busy)
        self.run_button.setEnabled(usable and not busy)
        self.script_list.setEnabled(not busy)
        self.params_box.setEnabled(not busy)
        if not busy:
            self._token = None

    def _set_idle(self) -> None:
        self._set_busy(False)
        self.status_label.setStyleSheet("")
        self.status_label.clear()

    def _forget_result(self) -> None:
        self._result = None
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Importer"))
        self.refused_view.clear()
        self.refused_view.setVisible(False)
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)

    # -- folder --------------------------------------------------------------------------------

    def open_folder(self) -> None:
        """Show the bookstore's scripts folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_scripts_dir())))

    # -- outcome (the contract with the main window) --------------------------------------------

    def result_recipients(self) -> list[Recipient]:
        return list(self._result.recipients) if self._result else []

    def mode(self) -> str:
        """« replace » or « append »: what to do with the recipients already in the table."""
        return "replace" if self._has_rows and self.replace_radio.isChecked() else "append"

    def refused_report(self) -> str:
        return import_report(self._result) if self._result else ""

    def kind(self) -> str:
        """« marketing » or « notification »: the kind of the script that was run."""
        return self._result.script.kind if self._result else "notification"

    def done(self, result: int) -> None:
        if self._token is not None:
            self._token.cancel()
        self._tasks.close()
        super().done(result)
