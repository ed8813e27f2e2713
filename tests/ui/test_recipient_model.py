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
