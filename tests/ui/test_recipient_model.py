"""The recipient table model: Qt's model rules, duplicates, removal, statuses by message id."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ellipses_sms.recipients import Recipient, make
from ellipses_sms.sending import MessageUpdate
from ellipses_sms.states import MessageState as S
from ellipses_sms.ui.recipient_model import NAME, NUMBER, STATUS, RecipientTableModel


def people(n: int, start: int = 0) -> list[Recipient]:
    return [
        Recipient(f"Client {i:05d}", f"+336{12000000 + i:08d}") for i in range(start, start + n)
    ]


def test_qt_model_rules_hold_while_filled_sorted_and_emptied(qtmodeltester):
    model = RecipientTableModel()
    model.add_recipients(people(30))
    qtmodeltester.check(model, force_py=True)
    model.add_recipients(people(5, 100))
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    model.remove_rows([0, 2, 3, 10])
    model.track(1, model.snapshot())
    model.replace_recipients(people(3))
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_duplicates_and_invalid_numbers_are_counted_not_added():
    model = RecipientTableModel()
    first = model.add_recipients(
        [make("Claire", "06 12 34 56 78"), make("Bureau", "01 45 67 89 00")]
    )
    again = model.add_recipients(
        [make("Claire bis", "+33 6 12 34 56 78"), make("Paul", "0745678901")]
    )
    assert (first.added, first.duplicates, first.invalid) == (1, 0, 1)
    assert (again.added, again.duplicates, again.invalid) == (1, 1, 0)
    assert model.rowCount() == 2
    assert model.index(0, NUMBER).data() == "+33 6 12 34 56 78"
    assert model.index(0, NAME).data() == "Claire"


def test_a_removed_number_can_be_added_again():
    model = RecipientTableModel()
    model.add_recipients(people(10))
    assert model.remove_rows([9, 3, 4, 5]) == 4
    assert [r.name for r in model.recipients()] == [f"Client {i:05d}" for i in (0, 1, 2, 6, 7, 8)]
    assert model.add_recipients(people(1, 4)).added == 1


def test_replace_keeps_only_the_new_list():
    model = RecipientTableModel()
    model.add_recipients(people(5))
    result = model.replace_recipients(people(3, 50) + people(1, 50))
    assert (result.added, result.duplicates) == (3, 1)
    assert model.rowCount() == 3
    assert not model.contains_number(people(1)[0].number)


def test_sorting_by_name_keeps_selection_rows_attached():
    model = RecipientTableModel()
    model.add_recipients([Recipient("Zoé", "+33612000001"), Recipient("alain", "+33612000002")])
    from PySide6.QtCore import QPersistentModelIndex

    zoe = QPersistentModelIndex(model.index(0, NAME))
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in model.recipients()] == ["alain", "Zoé"]
    assert zoe.row() == 1 and zoe.data() == "Zoé"


def test_status_updates_reach_the_right_row_even_after_a_sort(qtbot):
    model = RecipientTableModel()
    model.add_recipients(people(4))
    rows = model.snapshot()
    model.track(7, rows)
    assert {model.status_text(i) for i in range(4)} == {"En attente"}
    model.sort(NAME, Qt.SortOrder.DescendingOrder)  # Client 00003 is now on top
    first = [
        MessageUpdate(100 + p, p, r.recipient.number, None, S.SUBMITTING)
        for p, r in enumerate(rows)
    ]
    with qtbot.waitSignal(model.dataChanged):
        assert model.apply_updates(7, first) == 4
    # later updates know the message by its id, whatever its position field says
    later = [
        MessageUpdate(103, -1, "", None, S.FAILED, error="numéro inconnu"),
        MessageUpdate(100, -1, "", None, S.DELIVERED),
    ]
    model.apply_updates(7, later)
    assert model.status_text(0) == "Échec : numéro inconnu"  # Client 00003
    assert model.status_text(3) == "Remis"  # Client 00000
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.counts() == {S.FAILED: 1, S.DELIVERED: 1, S.SUBMITTING: 2}


def test_updates_of_an_unknown_job_or_a_removed_row_are_ignored():
    model = RecipientTableModel()
    model.add_recipients(people(3))
    rows = model.snapshot()
    model.track(1, rows)
    model.remove_rows([1])
    assert model.apply_updates(2, [MessageUpdate(5, 0, "", None, S.SENT)]) == 0
    model.apply_updates(1, [MessageUpdate(6, 1, "", None, S.SENT)])  # the removed row
    assert [model.status_text(i) for i in range(2)] == ["En attente", "En attente"]


def test_a_burst_of_statuses_is_signalled_in_ranges_a_view_can_repaint_alone(qtbot):
    from ellipses_sms.ui.recipient_model import VIEW_RANGE_LIMIT, status_ranges

    assert status_ranges([]) == []
    assert status_ranges([3, 4, 5, 9]) == [(3, 9)]
    assert status_ranges(list(range(450))) == [(0, 199), (200, 399), (400, 449)]
    model = RecipientTableModel()
    model.add_recipients(people(2000))
    model.track(1, model.snapshot())
    ranges: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, roles: ranges.append((a.row(), b.row(), a.column(), b.column()))
    )
    touched = [*range(1000), 1500, 1999]  # a batch sent, then two scattered reports
    model.apply_updates(1, [MessageUpdate(10 + p, p, "", None, S.SENT) for p in touched])
    assert len(ranges) <= 7
    assert all(c0 == c1 == STATUS for _, _, c0, c1 in ranges)
    assert all(bottom - top < VIEW_RANGE_LIMIT for top, bottom, _, _ in ranges)
    assert all(any(t <= p <= b for t, b, _, _ in ranges) for p in touched)


def test_the_view_repaints_the_status_cells_on_screen_and_nothing_for_the_others(qtbot):
    """One dataChanged over 1,000 rows made the table repaint its whole viewport, 25 times a
    second during a send (a 10-30 ms stall each time on the GUI thread)."""
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtWidgets import QTableView

    model = RecipientTableModel()
    model.add_recipients(people(3000))
    view = QTableView()
    view.setModel(model)
    view.resize(600, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model.track(1, model.snapshot())
    qtbot.wait(20)

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.rects: list[QRect] = []

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.rects.append(event.rect())
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)
    model.apply_updates(1, [MessageUpdate(10 + p, p, "", None, S.SENT) for p in range(1000)])
    qtbot.waitUntil(lambda: bool(paints.rects))
    left = view.columnViewportPosition(STATUS)
    assert all(r.left() >= left for r in paints.rects), paints.rects
    paints.rects.clear()
    far = range(2000, 3000)  # scrolled out of sight
    model.apply_updates(1, [MessageUpdate(10 + p, p, "", None, S.SENT) for p in far])
    qtbot.wait(50)
    assert paints.rects == []
    view.viewport().removeEventFilter(paints)
