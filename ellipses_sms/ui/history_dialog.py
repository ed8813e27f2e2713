"""The history window: the messages sent from date to date, as the old tool's screen showed them.

« Du … au … », a status (Tous / Succès / Échecs / En attente), a search on number or name and
« Go ! »; the table (Identifiant, Date d'envoi, Statut, N° Téléphone, Client, Message) with
« Total nombre de messages : N » under it. Double-click a message for its detail and every
status event. Failed messages can be resent (a new send, linked to the old one) and what is
shown can be exported to Excel or CSV. Statuses change live as delivery reports arrive.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import history as history_service
from ellipses_sms import phone
from ellipses_sms.sending import MessagesChanged
from ellipses_sms.states import MessageState
from ellipses_sms.store.queries import HistoryFilter, message_detail
from ellipses_sms.store.queries import history as history_rows
from ellipses_sms.ui.history_model import (
    Columns,
    HistoryTableModel,
    date_time_format,
    format_local,
    state_colour,
)
from ellipses_sms.ui.i18n import kind_label
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _thousands(value: int) -> str:
    return QLocale().toString(int(value))


class HistoryDialog(QDialog):
    """« Historique des envois effectués de date à date »."""

    # Message ids whose state changed (emitted from the dispatcher's threads, queued here).
    _messagesChanged = Signal(list)
    # A resend finished: the new jobs' ids (tests and the main window can wait on it).
    resendFinished = Signal(list)
    # An export finished: (path, rows written).
    exportFinished = Signal(str, int)

    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Historique des envois"))
        self.resize(1100, 640)
        self.setSizeGripEnabled(True)
        self.runner = TaskRunner(self)
        self.model = HistoryTableModel(services.store, self)

        # -- the filter line ---------------------------------------------------------------
        today = date.today()
        locale_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in locale_format:  # a four-digit year: « 01/11/2026 », never « 1/11/26 »
            locale_format = locale_format.replace("yy", "yyyy")
        self.date_from = QDateEdit(_to_qdate(today.replace(day=1)))
        self.date_to = QDateEdit(_to_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_format)
        self.status = QComboBox()
        for text, key in (
            (self.tr("Tous"), "all"),
            (self.tr("Succès (messages reçus)"), "success"),
            (self.tr("Échecs (en erreur, non reçus)"), "failure"),
            (self.tr("En attente"), "pending"),
        ):
            self.status.addItem(text, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Numéro ou nom du client"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.go_button = QPushButton(self.tr("Go !"))
        self.go_button.setDefault(True)  # Enter anywhere in the filter line runs it
        self.go_button.setToolTip(self.tr("Afficher les messages de ces dates (Entrée)"))
        self.go_button.clicked.connect(self.go)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Du")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("au")))
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Statut")))
        filters.addWidget(self.status)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Rechercher")))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.go_button)

        # -- the table ---------------------------------------------------------------------
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # widths from what the columns hold (measured once: never by reading 100,000 rows)
        metrics = self.fontMetrics()
        for column, sample in (
            (Columns.ID, "SBX0000000000"),
            (Columns.DATE, "00/00/0000 00:00:00"),
            (Columns.STATUS, "Incertain (EXPIRED)"),
            (Columns.NUMBER, "+33 6 00 00 00 00"),
            (Columns.CLIENT, "Marie-Christine Dupont"),
        ):
            extra = 40 if column == Columns.STATUS else 18  # the coloured dot
            header.resizeSection(column, metrics.horizontalAdvance(sample) + extra)
        self.table.doubleClicked.connect(self._open_detail)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # -- under the table ---------------------------------------------------------------
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        hint = QLabel(self.tr("Double-cliquez sur un message pour voir son détail et son suivi."))
        hint.setStyleSheet("color: palette(mid);")
        self.resend_button = QPushButton(self.tr("Renvoyer les échecs…"))
        self.resend_button.setToolTip(
            self.tr(
                "Renvoie les messages sélectionnés qui ont échoué, dans un nouvel envoi lié à "
                "l'ancien. Sélectionnez-les d'abord (Ctrl ou Maj + clic)."
            )
        )
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(self._ask_resend)
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.export_button.setToolTip(
            self.tr("Enregistrer les messages affichés dans un fichier Excel (.xlsx) ou CSV")
        )
        self.export_button.clicked.connect(self._ask_export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        for button in (self.resend_button, self.export_button):
            button.setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.totals)
        bottom.addSpacing(24)
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.resend_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)
        self.notice.hide()

        self.model.totalsChanged.connect(self._show_totals)
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._selection_changed)
        self._messagesChanged.connect(self.model.messages_changed)
        self._unsubscribe: Callable[[], None] | None = services.bus.subscribe(self._on_event)
        self.go()

    # -- filter ----------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(
            _from_qdate(self.date_from.date()),
            _from_qdate(self.date_to.date()),
            self.status.currentData(),
            self.search.text().strip(),
        )

    def go(self) -> None:
        """« Go ! »: show the messages of the chosen dates, status and search."""
        f = self.current_filter()
        if f.start and f.end and f.start > f.end:
            self._show_notice(self.tr("La date de début est après la date de fin."), error=True)
            return
        self._show_notice("")
        self.totals.setText(self.tr("Recherche en cours…"))
        self.model.load(f)

    def _show_totals(self, count: int, parts: int) -> None:
        text = self.tr("Total nombre de messages : %1").replace("%1", _thousands(count))
        text += "   ·   " + self.tr("SMS utilisés : %1").replace("%1", _thousands(parts))
        self.totals.setText(text)
        self.totals.setToolTip(
            self.tr(
                "Comme dans Consommation : les SMS des messages acceptés par le fournisseur "
                "(ses crédits). Un message long compte pour plusieurs SMS ; un message qui n'est "
                "pas parti (bloqué, annulé, en attente) n'en utilise aucun."
            )
        )

    def _show_error(self, message: str) -> None:
        self.totals.setText("")
        self._show_notice(message, error=True)

    def _show_notice(self, message: str, error: bool = False) -> None:
        self.notice.setText(message)
        self.notice.setStyleSheet(f"color: {state_colour(MessageState.FAILED)};" if error else "")
        self.notice.setVisible(bool(message))

    # -- live updates ------------------------------------------------------------------------

    def _on_event(self, event: object) -> None:
        """On the dispatcher's thread: pass the changed ids to the GUI thread, nothing more."""
        if isinstance(event, MessagesChanged):
            with contextlib.suppress(RuntimeError):  # the window is being destroyed
                self._messagesChanged.emit([u.message_id for u in event.updates])

    # -- selection, resend ---------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _resendable_ids(self) -> list[int]:
        return [item.id for item in self.model.items(self.selected_rows()) if item.resendable]

    def _selection_changed(self, *_args) -> None:
        count = len(self._resendable_ids())
        self.resend_button.setEnabled(count > 0)
        self.resend_button.setText(
            self.tr("Renvoyer les échecs (%1)…").replace("%1", str(count))
            if count
            else self.tr("Renvoyer les échecs…")
        )

    def _ask_resend(self) -> None:
        ids = self._resendable_ids()
        if not ids:
            return
        skipped = len(self.selected_rows()) - len(ids)
        text = self.tr(
            "Renvoyer %Ln message(s) en échec ? Un nouvel envoi sera créé.", "", len(ids)
        )
        if skipped:
            text += "\n\n" + self.tr(
                "%Ln message(s) sélectionné(s) ne seront pas renvoyés : déjà remis, en attente, "
                "ou bloqués (numéro invalide, client désinscrit).",
                "",
                skipped,
            )
        answer = QMessageBox.question(
            self,
            self.tr("Renvoyer"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.resend(ids)

    def resend(self, message_ids: list[int]) -> None:
        """New jobs for these failed messages, sent off the GUI thread; the table then reloads."""
        dispatcher = self.services.dispatcher
        self.resend_button.setEnabled(False)
        self._show_notice(self.tr("Renvoi en cours…"))

        def work():
            jobs = history_service.resend(dispatcher, message_ids, source="gui")
            return jobs, [dispatcher.run(job) for job in jobs]

        def done(result) -> None:
            jobs, summaries = result
            if summaries:
                self._show_notice("\n".join(reason_text(s.sentence()) for s in summaries))
            else:
                self._show_notice(self.tr("Aucun de ces messages ne peut être renvoyé."))
            self.model.reload()
            self.resendFinished.emit(jobs)

        def failed(exc: BaseException) -> None:
            self._show_notice(
                self.tr("Le renvoi n'a pas pu se faire : %1").replace("%1", str(exc)), error=True
            )
            self._selection_changed()
            self.resendFinished.emit([])

        self.runner.run(work, done, failed, long=True)

    # -- export ------------------------------------------------------------------------------

    def _ask_export(self) -> None:
        f = self.model.filter
        if f is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"historique-sms-{f.start:%Y-%m-%d}-{f.end:%Y-%m-%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter l'historique"),
            str(Path(folder) / name),
            self.tr("Classeur Excel (*.xlsx);;Fichier CSV (*.csv)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen else ".xlsx"
        self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write every message of the shown filter (not only the loaded rows), off-thread."""
        f = self.model.filter
        if f is None:
            return
        store = self.services.store
        self.export_button.setEnabled(False)
        self._show_notice(self.tr("Export en cours…"))

        def work():
            return history_service.export(path, history_rows(store, f))

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self._show_notice(
                self.tr("%Ln message(s) exporté(s) dans %1", "", count).replace("%1", path)
            )
            self.exportFinished.emit(path, count)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._show_notice(str(exc), error=True)
            self.exportFinished.emit(path, -1)

        self.runner.run(work, done, failed, long=True)

    # -- detail --------------------------------------------------------------------------

    def _open_detail(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_detail(self.model.item(index.row()).id)

    def open_detail(
        self, message_id: int, then: Callable[[MessageDetailDialog], None] | None = None
    ) -> None:
        """Read the message and its events off the GUI thread, then show them (`then` gets the
        dialog: tests)."""
        store, labels = self.services.store, self.model.labels

        def shown(detail) -> None:
            dialog = MessageDetailDialog(detail, labels, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            if then is not None:
                then(dialog)

        self.runner.run(lambda: message_detail(store, message_id), shown, self._detail_failed)

    def _detail_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Détail du message"),
            self.tr("Le détail n'a pas pu être lu : %1").replace("%1", str(exc)),
        )

    # -- closing -------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.runner.busy() or self.model.busy()

    def showEvent(self, event) -> None:
        """Shown again after being closed: listen again and show fresh figures."""
        if self._unsubscribe is None:
            self._unsubscribe = self.services.bus.subscribe(self._on_event)
            self.go()
        super().showEvent(event)

    def done(self, result: int) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.model.stop()
        self.runner.drop_pending()
        self.resend_button.setEnabled(False)
        self.export_button.setEnabled(True)
        super().done(result)


class MessageDetailDialog(QDialog):
    """One message: who, what, when, and every status it went through."""

    def __init__(
        self,
        detail: Any,
        labels: dict[MessageState, str],
        parent: QWidget | None = None,
    ):
        """`detail` is `queries.message_detail`'s answer, read off the GUI thread (None: the
        message is gone)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Détail du message"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        if detail is None:
            layout.addWidget(QLabel(self.tr("Ce message n'existe plus.")))
            return
        m = detail.message
        locale = QLocale()
        fmt = date_time_format(locale)
        state = MessageState(m.state)
        form = QFormLayout()
        status = QLabel(labels[state] + (f" ({m.raw_status})" if m.raw_status else ""))
        status.setStyleSheet(f"color: {state_colour(state)}; font-weight: bold;")
        number = phone.display(m.number) if m.number.startswith("+") else m.number
        rows = [
            (self.tr("Statut"), status),
            (self.tr("Motif"), reason_text(m.error) if m.error else m.error),
            (self.tr("Client"), m.name or "—"),
            (self.tr("N° Téléphone"), number),
            (
                self.tr("Identifiant"),
                m.provider_id or self.tr("aucun (non parvenu au fournisseur)"),
            ),
            (self.tr("Créé le"), format_local(m.created_at, locale, fmt)),
            (self.tr("Envoyé le"), format_local(m.submitted_at, locale, fmt) or "—"),
            (self.tr("Terminé le"), format_local(m.final_at, locale, fmt) or "—"),
            (
                self.tr("SMS"),
                self.tr("%Ln SMS (%1)", "", m.parts).replace(
                    "%1", "Unicode" if m.encoding.upper().startswith("UCS") else "GSM"
                )
                + ", "
                + self.tr("%Ln tentative(s)", "", m.attempts),
            ),
            (self.tr("Fournisseur"), m.provider),
            (self.tr("Expéditeur"), detail.sender or self.tr("celui du fournisseur")),
            (self.tr("Type d'envoi"), kind_label(detail.kind)),
            (
                self.tr("Envoi n°"),
                str(m.job_id)
                + (
                    "  " + self.tr("(renvoi de l'envoi n° %1)").replace("%1", str(detail.resend_of))
                    if detail.resend_of
                    else ""
                ),
            ),
        ]
        for caption, value in rows:
            if value is None:
                continue
            if isinstance(value, str):
                value = QLabel(value)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption + " :", value)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Message :")))
        self.text = QPlainTextEdit(m.text)
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(90)
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Suivi (chaque changement de statut) :")))
        self.events = QTableWidget(len(detail.events), 4)
        self.events.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Statut"), self.tr("Code"), self.tr("Détail")]
        )
        self.events.verticalHeader().setVisible(False)
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.horizontalHeader().setStretchLastSection(True)
        for row, event in enumerate(detail.events):
            event_state = MessageState(event.state)
            cells = (
                format_local(event.at, locale, fmt),
                labels[event_state],
                event.raw_status or "",
                reason_text(event.detail),
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if column == 1:
                    cell.setForeground(QBrush(QColor(state_colour(event_state))))
                if column == 3 and value:
                    cell.setToolTip(value)
                self.events.setItem(row, column, cell)
        self.events.resizeColumnsToContents()
        self.events.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.events, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
