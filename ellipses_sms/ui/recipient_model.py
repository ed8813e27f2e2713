"""The recipient table: name, number (display form), status; fast at 100,000 rows.

Rows are small slotted objects in one plain list, added in bulk (one beginInsertRows per call),
with a set of E.164 numbers for an O(1) duplicate check. During a send, each message id is
mapped to its row object, so a status update is a dict lookup, and a burst is signalled in a
few ranges that the view repaints alone (`status_ranges`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ellipses_sms import recipients as rcp
from ellipses_sms.lazy import lazy_module
from ellipses_sms.recipients import Recipient, building_many
from ellipses_sms.states import FAILURE, MessageState
from ellipses_sms.ui.i18n import state_labels
from ellipses_sms.ui.reason_text import labelled, reason_text

phone = lazy_module("ellipses_sms.phone", globals())  # phonenumbers: when a row is shown

S = MessageState

NAME, NUMBER, STATUS = range(3)

_FAILED_COLOUR = QColor("#b3261e")
_DELIVERED_COLOUR = QColor("#1b6e20")
_PENDING_COLOUR = QColor("#5f6368")


class AddResult(NamedTuple):  # a NamedTuple, not a dataclass: ~1 ms less of every start
    """What happened to the recipients handed to the table (the clerk is told)."""

    added: int = 0
    duplicates: int = 0
    invalid: int = 0


#: The most cells a view repaints as a region of their own: above it, QTableView repaints its
#: whole viewport for one dataChanged (Qt 6), even when none of the cells is on screen.
VIEW_RANGE_LIMIT = 200


def status_ranges(rows: Sequence[int], span: int = VIEW_RANGE_LIMIT) -> list[tuple[int, int]]:
    """(top, bottom) ranges covering the sorted `rows`, each at most `span` rows high.

    A burst of 1,000 statuses as one range from its first row to its last made the table
    repaint every visible cell ~25 times a second while sending (and for rows scrolled out of
    sight). In ranges the view can place, it repaints only the status cells on screen, and
    nothing for the others; a scattered burst (delivery reports) still costs few signals.
    """
    ranges: list[tuple[int, int]] = []
    top = bottom = None
    for row in rows:
        if top is None:
            top = bottom = row
        elif row - top < span:
            bottom = row
        else:
            ranges.append((top, bottom))
            top = bottom = row
    if top is not None:
        ranges.append((top, bottom))
    return ranges


class _Row:
    __slots__ = ("error", "message_id", "recipient", "state")

    def __init__(self, recipient: Recipient) -> None:
        self.recipient = recipient
        self.state: MessageState | None = None
        self.error: str | None = None
        self.message_id: int | None = None


class RecipientTableModel(QAbstractTableModel):
    """The clerk's recipients and, during and after a send, each one's status."""

    #: A name or number was changed in place (double-click): the send's rendering is stale.
    recipientEdited = Signal()
    #: An edit was refused; the French reason (a wrong number, one already in the table).
    editRefused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        #: The country of numbers typed without a prefix (the window sets the `region` setting).
        self.region = "FR"
        self._rows: list[_Row] = []
        self._numbers: set[str] = set()
        self._by_message: dict[int, _Row] = {}
        self._tracked: dict[int, Sequence[_Row]] = {}  # job id → rows by message position
        self._row_of: dict[int, int] | None = None  # id(row) → index, rebuilt after a reorder
        self._people: list[Recipient] | None = None  # recipients(), until the rows change
        for changed in (self.rowsInserted, self.rowsRemoved, self.modelReset, self.layoutChanged):
            changed.connect(self._forget_people)
        self._headers = (self.tr("Nom"), self.tr("Numéro"), self.tr("Statut"))
        self._labels = state_labels()  # one label per state, as the history's

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 3 else None
        return section + 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if index.column() in (NAME, NUMBER) and row.state is None:  # not once it is sent
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A name or number corrected in place; a wrong or duplicate number is refused, said."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        if row.state is not None or index.column() not in (NAME, NUMBER):
            return False
        old = row.recipient
        if index.column() == NAME:
            new = Recipient(str(value or "").strip(), old.number, old.fields, old.error)
        else:
            new = rcp.make(old.name, str(value or ""), self.region, **dict(old.fields))
            if not new.valid:
                self.editRefused.emit(new.error or self.tr("Numéro invalide"))
                return False
            if new.number != old.number and new.number in self._numbers:
                self.editRefused.emit(
                    self.tr("%1 est déjà dans la liste.").replace("%1", phone.display(new.number))
                )
                return False
            self._numbers.discard(old.number)
            self._numbers.add(new.number)
        if new == old:
            return True
        row.recipient = new
        self._people = None
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.recipientEdited.emit()
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column in (NAME, NUMBER):
            return row.recipient.name if column == NAME else phone.display(row.recipient.number)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.recipient.name
            if column == NUMBER:
                return phone.display(row.recipient.number)
            return self.status_label(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and row.error:
                return self.status_label(row)
            if column == NUMBER:
                return row.recipient.number
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.state:
            if row.state in FAILURE or row.state == S.UNCERTAIN:
                return QBrush(_FAILED_COLOUR)
            if row.state == S.DELIVERED:
                return QBrush(_DELIVERED_COLOUR)
            if row.state in (S.QUEUED, S.SUBMITTING, S.CANCELLED):
                return QBrush(_PENDING_COLOUR)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == NAME:

            def key(r: _Row):
                return r.recipient.name.casefold()
        elif column == NUMBER:

            def key(r: _Row):
                return r.recipient.number
        elif column == STATUS:

            def key(r: _Row):
                return self.status_label(r)
        else:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._rows[i.row()] for i in persistent]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = None
        where = self._index_map()
        self.changePersistentIndexList(
            persistent,
            [self.index(where[id(r)], i.column()) for r, i in zip(before, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # -- the contract other pieces use --------------------------------------------------------

    def add_recipients(self, recipients: Iterable[Recipient]) -> AddResult:
        """Append the valid recipients whose number is not in the table yet, in one insert."""
        new: list[_Row] = []
        duplicates = invalid = 0
        numbers = self._numbers
        with building_many():
            for r in recipients:
                if not r.valid:
                    invalid += 1
                elif r.number in numbers:
                    duplicates += 1
                else:
                    numbers.add(r.number)
                    new.append(_Row(r))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            if self._row_of is not None:
                self._row_of.update((id(row), first + i) for i, row in enumerate(new))
            self.endInsertRows()
        return AddResult(len(new), duplicates, invalid)

    def replace_recipients(self, recipients: Iterable[Recipient]) -> AddResult:
        """Empty the table, then fill it (one model reset, cheap at any size)."""
        self.beginResetModel()
        self._reset_lists()
        rows: list[_Row] = []
        duplicates = invalid = 0
        numbers = self._numbers
        with building_many():
            for r in recipients:
                if not r.valid:
                    invalid += 1
                elif r.number in numbers:
                    duplicates += 1
                else:
                    numbers.add(r.number)
                    rows.append(_Row(r))
        self._rows = rows
        self.endResetModel()
        return AddResult(len(rows), duplicates, invalid)

    def recipients(self) -> list[Recipient]:
        """The recipients in the table's order: the same list until the rows change.

        Callers must not modify it. Being the same object lets the preview tell in O(1) that a
        rendering of 100,000 messages is still the table's (`is`), at every key press.
        """
        if self._people is None:
            self._people = [r.recipient for r in self._rows]
        return self._people

    def _forget_people(self, *_: object) -> None:
        self._people = None

    def clear(self) -> None:
        self.beginResetModel()
        self._reset_lists()
        self.endResetModel()

    def contains_number(self, e164: str) -> bool:
        return e164 in self._numbers

    def remove_rows(self, rows: Iterable[int]) -> int:
        """Remove the given rows (any order); contiguous runs are removed in one call each."""
        wanted = sorted(set(r for r in rows if 0 <= r < len(self._rows)), reverse=True)
        if not wanted:
            return 0
        # group into runs [start, end] from the bottom, so earlier indexes stay valid
        runs: list[list[int]] = []
        for r in wanted:
            if runs and runs[-1][0] == r + 1:
                runs[-1][0] = r
            else:
                runs.append([r, r])
        for start, end in runs:
            self.beginRemoveRows(QModelIndex(), start, end)
            for row in self._rows[start : end + 1]:
                self._numbers.discard(row.recipient.number)
                if row.message_id is not None:
                    self._by_message.pop(row.message_id, None)
            del self._rows[start : end + 1]
            self._row_of = None
            self.endRemoveRows()
        return len(wanted)

    def take_rows(self, rows: Iterable[int]) -> list[tuple[int, Recipient]]:
        """Remove rows and return them with their positions, for `restore_rows` (Ctrl+Z)."""
        wanted = sorted(set(r for r in rows if 0 <= r < len(self._rows)))
        taken = [(i, self._rows[i].recipient) for i in wanted]
        self.remove_rows(wanted)
        return taken

    def restore_rows(self, taken: Sequence[tuple[int, Recipient]]) -> int:
        """Put rows taken by `take_rows` back where they were (a number added since is kept
        once); returns how many came back. One model reset, cheap at any size."""
        back = [
            (p, r) for p, r in sorted(taken, key=lambda t: t[0]) if r.number not in self._numbers
        ]
        if not back:
            return 0
        if len(back) == 1:
            at = min(back[0][0], len(self._rows))
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, _Row(back[0][1]))
        else:
            self.beginResetModel()
            rows, queue = [], list(back)
            for row in self._rows:
                while queue and queue[0][0] <= len(rows):
                    rows.append(_Row(queue.pop(0)[1]))
                rows.append(row)
            rows.extend(_Row(r) for _, r in queue)
            self._rows = rows
        self._numbers.update(r.number for _, r in back)
        self._row_of = None
        if len(back) == 1:
            self.endInsertRows()
        else:
            self.endResetModel()
        return len(back)

    def removeRows(self, row: int, count: int, parent=QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count <= 0 or row + count > len(self._rows):
            return False
        return self.remove_rows(range(row, row + count)) == count

    # -- statuses -----------------------------------------------------------------------------

    def status_label(self, row: _Row) -> str:
        if row.state is None:
            return ""
        text = self._labels.get(row.state, str(row.state))
        if row.error and (row.state in FAILURE or row.state == S.UNCERTAIN):
            return labelled(text, reason_text(row.error))
        return text

    def state_of(self, row: int) -> MessageState | None:
        return self._rows[row].state

    def status_text(self, row: int) -> str:
        return self.status_label(self._rows[row])

    def snapshot(self) -> list[_Row]:
        """The rows in their current order: what a send is made of (positions = this order)."""
        return list(self._rows)

    def recipients_of(self, rows: Sequence[_Row]) -> list[Recipient]:
        return [r.recipient for r in rows]

    def track(self, job_id: int, rows: Sequence[_Row]) -> None:
        """Follow a job whose message positions are `rows`; every row shows « En attente »."""
        self._tracked[job_id] = rows
        for row in rows:
            row.state, row.error, row.message_id = S.QUEUED, None, None
        self._status_changed_all()

    def show_job(self, job_id: int, messages: Iterable) -> None:
        """Fill the table with a journaled job's messages and their states (resuming it)."""
        self.beginResetModel()
        self._reset_lists()
        rows: list[_Row] = []
        for m in messages:
            row = _Row(Recipient(m.name or "", m.number))
            row.state, row.error, row.message_id = MessageState(m.state), m.error, m.id
            self._by_message[m.id] = row
            self._numbers.add(m.number)
            rows.append(row)
        self._rows = rows
        self._tracked[job_id] = list(rows)
        self.endResetModel()

    def apply_updates(self, job_id: int, updates: Iterable) -> int:
        """Apply MessageUpdate objects; dataChanged over the rows touched, in `status_ranges`.

        Returns how many were applied.
        """
        positions = self._tracked.get(job_id)
        by_message = self._by_message
        touched: list[_Row] = []
        for u in updates:
            row = by_message.get(u.message_id)
            if row is None:
                if positions is None or not 0 <= u.position < len(positions):
                    continue
                row = positions[u.position]
                row.message_id = u.message_id
                by_message[u.message_id] = row
            row.state = u.state
            row.error = u.error
            touched.append(row)
        if touched:
            where = self._index_map()
            rows = sorted({where[id(r)] for r in touched if id(r) in where})
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole]
            for top, bottom in status_ranges(rows):
                self.dataChanged.emit(self.index(top, STATUS), self.index(bottom, STATUS), roles)
        return len(touched)

    def counts(self) -> dict[MessageState, int]:
        result: dict[MessageState, int] = {}
        for r in self._rows:
            if r.state is not None:
                result[r.state] = result.get(r.state, 0) + 1
        return result

    # -- internals ----------------------------------------------------------------------------

    def _reset_lists(self) -> None:
        self._rows = []
        self._numbers = set()
        self._by_message = {}
        self._tracked = {}
        self._row_of = None

    def _index_map(self) -> dict[int, int]:
        if self._row_of is None or len(self._row_of) != len(self._rows):
            self._row_of = {id(r): i for i, r in enumerate(self._rows)}
        return self._row_of

    def _status_changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, STATUS),
                self.index(len(self._rows) - 1, STATUS),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole],
            )
