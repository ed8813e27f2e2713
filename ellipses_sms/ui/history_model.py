"""The history table's model: a lazy window on the store, filled page by page off the GUI thread.

A month can hold 100,000 messages: the model never loads them all. It counts them in one query,
loads the newest 500, and loads the next 500 (keyset paging on created_at, id) as the clerk
scrolls near the end. Rows touched by a status change are read again and repainted.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from ellipses_sms import phone
from ellipses_sms.states import FAILURE, PENDING, MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.queries import (
    HistoryFilter,
    history,
    history_totals,
    messages_by_id,
    sent_date,
    totals_of,
    utc_to_local,
)
from ellipses_sms.ui.i18n import state_labels
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.tasks import TaskRunner

S = MessageState
PAGE = 500  # rows per query: one query fills several screens
PREFETCH = 150  # start loading the next page when the clerk is this close to the end

RESENDABLE = frozenset({S.FAILED, S.EXPIRED, S.REJECTED, S.CANCELLED})

GREEN, RED, ORANGE, GREY = "#1e7b34", "#b3261e", "#a35a00", "#6b6b6b"


def state_colour(state: MessageState) -> str:
    """Green delivered, red failures, orange still pending, grey cancelled."""
    if state == S.DELIVERED:
        return GREEN
    if state in FAILURE:
        return RED
    if state in PENDING:
        return ORANGE
    return GREY


def date_time_format(locale: QLocale) -> str:
    """The locale's short date and time, with seconds (the old screen showed them)."""
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    return f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {time_format}"


def format_local(value: datetime | None, locale: QLocale, fmt: str) -> str:
    """A naive UTC time of the store, in the clerk's time zone and date format."""
    local = utc_to_local(value)
    if local is None:
        return ""
    qt = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    return locale.toString(qt, fmt)


@dataclass(slots=True)
class HistoryItem:
    """One row of the table: the store's values and the texts shown (computed off-thread)."""

    id: int
    job_id: int
    created_at: datetime
    state: MessageState
    raw_status: str | None
    error: str | None
    number: str
    name: str
    text: str
    parts: int
    provider_id: str | None
    display: tuple[str, ...]

    @property
    def resendable(self) -> bool:
        return self.state in RESENDABLE


class Columns:
    ID, DATE, STATUS, NUMBER, CLIENT, MESSAGE = range(6)
    COUNT = 6


def make_items(rows: Iterable, labels: dict[MessageState, str], locale: QLocale) -> list:
    """Store rows → table rows, with every text formatted once (on the worker thread)."""
    fmt = date_time_format(locale)
    items = []
    for r in rows:
        state = MessageState(r.state)
        status = labels[state]
        if r.raw_status:
            status = f"{status} ({r.raw_status})"
        number = phone.display(r.number) if r.number.startswith("+") else r.number
        items.append(
            HistoryItem(
                r.id,
                r.job_id,
                r.created_at,
                state,
                r.raw_status,
                r.error,
                r.number,
                r.name or "",
                r.text,
                r.parts,
                r.provider_id,
                (
                    r.provider_id or f"#{r.id}",
                    format_local(sent_date(r), locale, fmt),  # empty until it is sent
                    status,
                    number,
                    r.name or "",
                    " ".join(r.text.split()),  # on one line, as the old screen showed it
                ),
            )
        )
    return items


class HistoryTableModel(QAbstractTableModel):
    """Identifiant, Date d'envoi, Statut, N° Téléphone, Client, Message: lazily loaded."""

    # (messages, SMS used) of the whole filter, once counted (queries.history_totals).
    totalsChanged = Signal(int, int)
    # The first page of a new filter is in the table.
    loaded = Signal()
    # A query failed (French message).
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = TaskRunner(self)
        # one label per state, the recipient table's too
        self.labels: dict[MessageState, str] = state_labels()
        self.explanations: dict[MessageState, str] = {
            S.QUEUED: self.tr("Pas encore envoyé : il attend son tour."),
            S.SUBMITTING: self.tr("En cours d'envoi au fournisseur."),
            S.SENT: self.tr(
                "Accepté par le fournisseur ; l'accusé de réception n'est pas encore arrivé "
                "(téléphone éteint, par exemple)."
            ),
            S.DELIVERED: self.tr("Remis au téléphone du client."),
            S.FAILED: self.tr("Non remis."),
            S.EXPIRED: self.tr("Non remis : le téléphone est resté injoignable trop longtemps."),
            S.REJECTED: self.tr("Refusé par le fournisseur ou l'opérateur."),
            S.BLOCKED: self.tr("Non envoyé : numéro inutilisable ou client désinscrit (STOP)."),
            S.CANCELLED: self.tr("Non envoyé : l'envoi a été annulé."),
            S.UNCERTAIN: self.tr(
                "L'envoi a été interrompu : le fournisseur l'a peut-être reçu. "
                "Vérifiez avant de le renvoyer."
            ),
        }
        self._headers = (
            self.tr("Identifiant"),
            self.tr("Date d'envoi"),
            self.tr("Statut"),
            self.tr("N° Téléphone"),
            self.tr("Client"),
            self.tr("Message"),
        )
        self._icons: dict[str, QIcon] = {}
        self._items: list[HistoryItem] = []
        self._rows_by_id: dict[int, int] = {}
        self._filter: HistoryFilter | None = None
        self._generation = 0
        self._exhausted = True
        self._fetching = False
        self._prefetch_queued = False
        self.total = 0
        self.parts = 0
        self.counting = False
        self._stale: set[int] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)  # many reports in a burst: one query
        self._refresh_timer.timeout.connect(self._refresh_stale)

    # -- loading -----------------------------------------------------------------------------

    @property
    def filter(self) -> HistoryFilter | None:
        """The filter whose rows are shown (what an export writes)."""
        return self._filter

    def load(self, f: HistoryFilter) -> None:
        """Show the messages of `f`: count and first page are queried off the GUI thread."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._items = []
        self._rows_by_id = {}
        self._filter = f
        self._exhausted = False
        self._fetching = True
        self.counting = True
        self.endResetModel()
        store, labels, locale = self.store, self.labels, QLocale()

        def work():
            first = history(store, f, limit=PAGE)
            items = make_items(first, labels, locale)
            # fewer than a page: every row is in hand, no need to count
            totals = history_totals(store, f) if len(first) == PAGE else totals_of(first)
            return items, totals

        def done(result) -> None:
            if generation != self._generation:
                return  # a newer filter was asked for meanwhile
            items, totals = result
            self._fetching = False
            self.counting = False
            self._append(items)
            self.total, self.parts = totals
            self.totalsChanged.emit(*totals)
            self.loaded.emit()

        self.runner.run(work, done, lambda exc: self._failed(generation, exc))

    def reload(self) -> None:
        if self._filter is not None:
            self.load(self._filter)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.counting = False
        self._exhausted = True
        self.failed.emit(self.tr("Lecture de l'historique impossible : %1").replace("%1", str(exc)))

    def _append(self, items: list[HistoryItem]) -> None:
        if len(items) < PAGE:
            self._exhausted = True
        if not items:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        for offset, item in enumerate(items):
            self._rows_by_id[item.id] = first + offset
        self._items.extend(items)
        self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The next page, below the last row shown (keyset: as fast at row 90,000 as at 0)."""
        if parent.isValid() or self._exhausted or self._fetching or not self._items:
            return
        self._fetching = True
        generation, f = self._generation, self._filter
        last = self._items[-1]
        after = (last.created_at, last.id)
        store, labels, locale = self.store, self.labels, QLocale()

        def work():
            return make_items(history(store, f, limit=PAGE, after=after), labels, locale)

        def done(items) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._append(items)

        self.runner.run(work, done, lambda exc: self._failed(generation, exc))

    def _prefetch(self) -> None:
        self._prefetch_queued = False
        if self.canFetchMore():
            self.fetchMore()

    # -- live updates ------------------------------------------------------------------------

    def messages_changed(self, ids: Iterable[int]) -> None:
        """Some messages changed state: re-read those shown, in one query per burst."""
        shown = [i for i in ids if i in self._rows_by_id]
        if shown:
            self._stale.update(shown)
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _refresh_stale(self) -> None:
        ids, self._stale = sorted(self._stale), set()
        generation, store, labels, locale = self._generation, self.store, self.labels, QLocale()

        def work():
            return make_items(messages_by_id(store, ids).values(), labels, locale)

        def done(items) -> None:
            if generation != self._generation:
                return
            rows = []
            for item in items:
                row = self._rows_by_id.get(item.id)
                if row is not None:
                    self._items[row] = item
                    rows.append(row)
            if rows:
                self.dataChanged.emit(
                    self.index(min(rows), 0), self.index(max(rows), Columns.COUNT - 1)
                )

        self.runner.run(work, done, lambda exc: None)

    # -- reading -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Columns.COUNT

    def item(self, row: int) -> HistoryItem:
        return self._items[row]

    def items(self, rows: Sequence[int]) -> list[HistoryItem]:
        return [self._items[r] for r in rows if 0 <= r < len(self._items)]

    def row_of(self, message_id: int) -> int | None:
        return self._rows_by_id.get(message_id)

    def busy(self) -> bool:
        """A query is still running (tests wait on it)."""
        return self.runner.busy() or self._refresh_timer.isActive()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < Columns.COUNT
        ):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        if row >= len(self._items) - PREFETCH and not self._prefetch_queued and self.canFetchMore():
            self._prefetch_queued = True  # loaded before the clerk reaches the end
            QTimer.singleShot(0, self._prefetch)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.display[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if column == Columns.STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(state_colour(item.state)))
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(state_colour(item.state))
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _tooltip(self, item: HistoryItem, column: int) -> str | None:
        if column == Columns.MESSAGE:
            text = html.escape(item.text).replace("\n", "<br>")
            return f"<p style='white-space:pre-wrap'>{text}</p>"
        if column == Columns.STATUS:
            lines = [self.explanations[item.state]]
            if item.error:
                lines.append(reason_text(item.error))  # journaled French, read in the language
            if item.raw_status:
                lines.append(self.tr("Code du fournisseur : %1").replace("%1", item.raw_status))
            return "\n".join(lines)
        if column == Columns.DATE and not item.display[Columns.DATE]:
            locale = QLocale()
            created = format_local(item.created_at, locale, date_time_format(locale))
            if item.state == S.UNCERTAIN:  # it may have left: « pas envoyé » would be wrong
                text = self.tr("Envoi non confirmé par le fournisseur (enregistré le %1)")
            else:
                text = self.tr("Pas envoyé (enregistré le %1)")
            return text.replace("%1", created)
        if column == Columns.ID and not item.provider_id:
            return self.tr("Pas d'identifiant : le message n'est pas parvenu au fournisseur.")
        return None

    def _icon(self, colour: str) -> QIcon:
        icon = self._icons.get(colour)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._icons[colour] = QIcon(pixmap)
        return icon

    def stop(self) -> None:
        """The window closed: late results are dropped; `load` works again afterwards."""
        self._generation += 1
        self._fetching = False
        self._stale.clear()
        self._refresh_timer.stop()
        self.runner.drop_pending()
