"""The main window driven as a clerk drives it: keyboard, sandbox sends, cancel, resume."""

from __future__ import annotations

import importlib.machinery
import subprocess
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ellipses_sms.recipients import Recipient, make
from ellipses_sms.states import FINAL
from ellipses_sms.states import MessageState as S
from ellipses_sms.ui import main_window as mw
from ellipses_sms.ui.recipient_model import STATUS

WAIT = 30_000


def type_contact(qtbot, w, name: str, number: str) -> None:
    w.contact.name_edit.setFocus()
    qtbot.keyClicks(w.contact.name_edit, name)
    qtbot.keyClick(w.contact.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(w.contact.number_edit, number)
    qtbot.keyClick(w.contact.number_edit, Qt.Key.Key_Return)


def statuses(w) -> dict[str, str]:
    m = w.model
    return {m.recipients()[i].number: m.status_text(i) for i in range(m.rowCount())}


def all_settled(w, pending_ok: frozenset = frozenset()) -> bool:
    m = w.model
    for i in range(m.rowCount()):
        state = m.state_of(i)
        if state is None or (state not in FINAL and m.recipients()[i].number not in pending_ok):
            return False
    return True


# -- typing recipients ----------------------------------------------------------------------


def test_clerk_types_a_contact_and_presses_enter(qtbot, window):
    type_contact(qtbot, window, "Dupond Claire", "06 12 34 56 78")
    assert window.model.rowCount() == 1
    assert window.model.index(0, 1).data() == "+33 6 12 34 56 78"
    assert window.contact.name_edit.text() == "" and window.contact.number_edit.text() == ""
    assert window.contact.name_edit.hasFocus()
    assert "1 destinataire" in window.recipients.count_label.text()


def test_a_wrong_number_is_refused_with_its_reason_and_the_typing_kept(qtbot, window):
    type_contact(qtbot, window, "Bureau", "01 45 67 89 00")
    assert window.model.rowCount() == 0
    assert "ligne fixe" in window.contact.number_error.text()
    assert window.contact.number_edit.text() == "01 45 67 89 00"
    assert window.contact.name_edit.text() == "Bureau"
    # correcting the number clears the message, Enter adds it
    window.contact.number_edit.selectAll()
    qtbot.keyClicks(window.contact.number_edit, "07 81 22 33 44")
    assert window.contact.number_error.text() == ""
    qtbot.keyClick(window.contact.number_edit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1


def test_a_duplicate_number_is_not_added_twice(qtbot, window):
    type_contact(qtbot, window, "Claire", "0612345678")
    type_contact(qtbot, window, "Claire D.", "+33 6 12 34 56 78")
    assert window.model.rowCount() == 1
    assert "déjà" in window.contact.number_error.text()
    assert window.table.selectionModel().isRowSelected(0)


def test_delete_key_removes_the_selected_rows_and_clear_empties(qtbot, window, boxes):
    window.model.add_recipients([make(f"C{i}", f"06 12 00 00 0{i}") for i in range(5)])
    window.table.setFocus()
    window.table.selectRow(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [r.name for r in window.model.recipients()] == ["C0", "C3", "C4"]
    assert "3 destinataires" in window.recipients.count_label.text()
    qtbot.mouseClick(window.recipients.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    assert any("Retirer les 3" in t for t in boxes.texts("question"))


# -- the message counter --------------------------------------------------------------------


def test_the_counter_follows_typing_and_transliteration_can_be_undone(qtbot, window):
    window.model.add_recipients([make("A", "0612000001"), make("B", "0612000002")])
    editor = window.editor
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "Bonjour")
    assert "7 caractères" in editor.counter.text()
    assert "1 SMS" in editor.counter.text() and "GSM" in editor.counter.text()
    assert editor.total.text() == "Total : 2 SMS pour 2 destinataires"
    assert not editor.unicode_note.isVisible()
    qtbot.keyClicks(editor.edit, ", votre livre c")
    editor.edit.insertPlainText("ôté œuvres")  # pasted, as clerks do from a word processor
    assert "Unicode" in editor.counter.text()
    assert "ô" in editor.unicode_note.text() and "œ" in editor.unicode_note.text()
    assert editor.fix_button.isVisible()
    qtbot.mouseClick(editor.fix_button, Qt.MouseButton.LeftButton)
    assert editor.text() == "Bonjour, votre livre coté oeuvres"  # é is GSM-7: kept
    assert "GSM" in editor.counter.text() and not editor.unicode_note.isVisible()
    assert editor.undo_button.isVisible()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.text() == "Bonjour, votre livre côté œuvres"
    assert "Unicode" in editor.counter.text()


def test_a_long_message_counts_parts_for_every_recipient(qtbot, window):
    window.model.add_recipients([make(str(i), f"06120000{i:02d}") for i in range(10)])
    window.editor.set_text("a" * 161)
    assert "2 SMS" in window.editor.counter.text()
    assert window.editor.total.text() == "Total : 20 SMS pour 10 destinataires"


def test_sender_name_longer_than_eleven_letters_is_explained(qtbot, window, boxes):
    window.message.sender_edit.clear()
    qtbot.keyClicks(window.message.sender_edit, "LIBRAIRIEDUCENTRE")
    assert "11" in window.message.sender_error.text()
    window.model.add_recipients([make("A", "0612000001")])
    window.editor.set_text("Bonjour")
    press_send(qtbot, window)
    assert not window.is_sending()
    assert any("expéditeur" in t for t in boxes.texts("warning"))


# -- sending --------------------------------------------------------------------------------


def press_send(qtbot, window) -> None:
    """« Envoyer », then the confirmation once every message is rendered (answered by boxes)."""
    window.send()
    qtbot.waitUntil(lambda: not window.is_preparing(), timeout=WAIT)


TEST_NUMBERS = {
    "+33600000001": "Refusé",
    "+33600000002": "Échec",
    "+33600000005": "Bloqué",
    "+33600000006": "Remis",  # busy twice, then delivered
    "+33600000007": "Envoyé",  # never any report
    "+33600000008": "Échec",  # always busy
}


def test_sending_to_several_sandbox_numbers_fills_the_status_column(qtbot, window, boxes):
    window.services.settings.set("max_attempts", 3)
    for i, number in enumerate(["06 12 34 56 78", "07 81 22 33 44", *TEST_NUMBERS]):
        type_contact(qtbot, window, f"Client {i}", number)
    assert window.model.rowCount() == 8
    window.editor.edit.setFocus()
    qtbot.keyClicks(window.editor.edit, "Votre commande est prete.")
    qtbot.keyClick(window.editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.is_preparing(), timeout=WAIT)
    assert "Votre commande est prete." in window.editor.text()  # Ctrl+Entrée did not type
    question = boxes.texts("question")[-1]
    assert "8 destinataires" in question and "8 SMS" in question and "0,56 €" in question
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    qtbot.waitUntil(lambda: all_settled(window, frozenset({"+33600000007"})), timeout=WAIT)
    got = statuses(window)
    assert got["+33612345678"] == "Remis" and got["+33781223344"] == "Remis"
    for number, label in TEST_NUMBERS.items():
        assert got[number].startswith(label), (number, got[number])
    assert "Numéro inconnu" in got["+33600000001"]
    notice = boxes.texts("information")[-1]
    assert notice.startswith("Envoi terminé :") and "en échec" in notice
    assert window.send_bar.send_button.isEnabled() and window.contact.name_edit.isEnabled()
    assert not window.send_bar.progress.isVisible()


def test_a_campaign_skips_the_customers_who_said_stop(qtbot, window, boxes):
    from sqlalchemy import insert

    from ellipses_sms.store.models import opt_outs_table

    with window.services.store.engine.begin() as conn:
        conn.execute(insert(opt_outs_table).values(number="+33781223344", source="stop:test"))
    type_contact(qtbot, window, "Claire", "06 12 34 56 78")
    type_contact(qtbot, window, "Paul", "07 81 22 33 44")
    window.editor.set_text("Nouveautés BD : -20 % ce samedi ! STOP au 36111")
    assert window.kind() == "notification"  # the default: « Information client »
    window.set_kind("marketing")
    from tests.sending_hours import in_sending_hours

    in_sending_hours(window.services.dispatcher)  # marketing: inside the allowed hours
    press_send(qtbot, window)
    assert "répondu STOP" in boxes.texts("question")[-1]
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    got = statuses(window)
    assert got["+33612345678"] != got["+33781223344"]
    assert "STOP" in got["+33781223344"]


def test_a_marketing_import_makes_the_send_a_campaign(qtbot, window, monkeypatch):
    fake = types.ModuleType("ellipses_sms.ui.import_dialog")
    fake.__spec__ = importlib.machinery.ModuleSpec("ellipses_sms.ui.import_dialog", None)

    class Dialog:
        def __init__(self, services, has_rows, parent):
            pass

        exec = staticmethod(lambda: True)
        result_recipients = staticmethod(lambda: [make("Claire", "0612345678")])
        mode = staticmethod(lambda: "append")
        refused_report = staticmethod(lambda: "")
        kind = staticmethod(lambda: "marketing")

    fake.ImportDialog = Dialog
    monkeypatch.setitem(sys.modules, "ellipses_sms.ui.import_dialog", fake)
    window.import_recipients()
    assert window.model.rowCount() == 1
    assert window.kind() == "marketing"


def many(n: int) -> list[Recipient]:
    return [Recipient(f"Client {i}", f"+336{13000000 + i:08d}") for i in range(n)]


def test_cancel_midway_stops_the_send_and_marks_the_rest_cancelled(qtbot, window, boxes):
    window.services.settings.set("sandbox_rate_limit", 20.0)  # 100 messages: 5 seconds
    window.model.add_recipients(many(100))
    window.editor.set_text("Soldes ce week-end")
    press_send(qtbot, window)
    assert window.is_sending() and window.send_bar.cancel_button.isVisible()
    qtbot.waitUntil(
        lambda: S.SENT in window.model.counts() or S.DELIVERED in window.model.counts(),
        timeout=WAIT,
    )
    qtbot.mouseClick(window.send_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    counts = window.model.counts()
    assert counts.get(S.CANCELLED, 0) > 0
    assert counts.get(S.QUEUED, 0) == 0 and counts.get(S.SUBMITTING, 0) == 0
    assert boxes.texts("information")[-1].startswith("Envoi annulé")


def test_closing_during_a_send_asks_first(qtbot, window, boxes):
    from PySide6.QtWidgets import QMessageBox

    window.services.settings.set("sandbox_rate_limit", 20.0)
    window.model.add_recipients(many(60))
    window.editor.set_text("Bonjour")
    press_send(qtbot, window)
    boxes.answer = QMessageBox.StandardButton.No
    window.close()
    assert window.isVisible() and window.is_sending()
    assert "Un envoi est en cours" in boxes.texts("question")[-1]
    boxes.answer = QMessageBox.StandardButton.Yes
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert not window.is_sending()


def test_an_unfinished_job_is_offered_for_resumption_at_start(qtbot, services, poller, boxes):
    people = [make("Claire", "0612345678"), make("Paul", "0781223344"), make("Luc", "0622334455")]
    job_id = services.dispatcher.create_job(
        people,
        "Votre commande est arrivée",
        source="test",
        claim=False,  # left by an earlier run
    )
    assert services.dispatcher.unfinished_jobs() == [job_id]
    w = mw.MainWindow(services, poller)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(
        lambda: any("n'a pas été terminé" in t for t in boxes.texts("question")), timeout=WAIT
    )
    question = boxes.texts("question")[-1]
    assert "0 envoyé(s) ou réglé(s), 3 restant à envoyer" in question
    assert "« Votre commande est arrivée »" in question and "Envoi du " in question
    assert boxes.defaults[-1] == "Plus tard"  # the safe answer is the default
    qtbot.waitUntil(lambda: w.model.rowCount() == 3 and not w.is_sending(), timeout=WAIT)
    qtbot.waitUntil(lambda: all_settled(w), timeout=WAIT)
    assert set(statuses(w).values()) == {"Remis"}
    assert w.editor.text() == "Votre commande est arrivée"
    assert services.dispatcher.unfinished_jobs() == []
    w.relay.close()


def test_uncertain_messages_are_shown_and_can_be_abandoned(
    qtbot, services, poller, boxes, monkeypatch
):
    from sqlalchemy import update

    from ellipses_sms.store.models import messages_table

    job_id = services.dispatcher.create_job([make("Claire", "0612345678")], "Bonjour")
    with services.store.engine.begin() as conn:
        conn.execute(
            update(messages_table)
            .where(messages_table.c.job_id == job_id)
            .values(state=S.UNCERTAIN, error="Envoi incertain : coupure")
        )
    asked = []
    from ellipses_sms.ui.recovery import Recovery

    monkeypatch.setattr(
        Recovery, "ask_uncertain", lambda self, found: asked.append(found) or "abandon"
    )
    w = mw.MainWindow(services, poller)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert asked[0][0].number == "+33612345678"
    qtbot.waitUntil(lambda: not services.dispatcher.uncertain_messages(), timeout=WAIT)
    assert services.dispatcher.summary(job_id).count(S.CANCELLED) == 1
    w.relay.close()


# -- the other screens, window state, language ------------------------------------------------


def test_toolbar_and_shortcuts_are_the_old_tools(qtbot, services, poller, boxes):
    w = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    assert w.act_add.isEnabled()
    assert [a.text() for a in w.toolbar.actions()] == [
        "Ouvrir une liste…",
        "Enregistrer la liste…",
        "Envoyer",
        "Historique",
        "Ajouter le contact",
        "Importer depuis la base librairie…",
    ]
    assert w.act_open.shortcut().toString() == "Ctrl+O"
    assert w.act_history.shortcut().toString() == "Ctrl+H"
    assert w.act_import.shortcut().toString() == "Ctrl+I"
    w.relay.close()


def test_open_list_goes_through_the_lists_module(
    qtbot, services, poller, boxes, monkeypatch, tmp_path
):
    calls = []
    fake = types.ModuleType("ellipses_sms.ui.lists")
    fake.__spec__ = importlib.machinery.ModuleSpec("ellipses_sms.ui.lists", None)
    fake.choose_list_to_open = lambda parent, settings: tmp_path / "clients.csv"

    def open_into(parent, services, add, paths, on_done):  # what the module does, in short
        assert parent is w and paths == [tmp_path / "clients.csv"]
        assert not w.act_open.isEnabled() and not w.act_send.isEnabled()  # locked meanwhile
        add([make("Claire", "0612345678"), make("Claire", "0612345678")], "clients.csv")
        on_done([])

    def save_list(parent, services, people, path, on_saved, kind=None):
        assert not w.act_save.isEnabled()
        calls.append(("save", people))
        on_saved(True)

    fake.open_into = open_into
    fake.choose_list_to_save = lambda parent, settings: tmp_path / "out.csv"
    fake.save_list = save_list
    fake.recent_lists = lambda settings: []
    monkeypatch.setitem(sys.modules, "ellipses_sms.ui.lists", fake)
    w = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    assert w.act_open.isEnabled()
    assert not w.act_save.isEnabled()  # nothing to save yet
    w.act_open.trigger()
    assert w.model.rowCount() == 1
    assert w.act_save.isEnabled()
    assert "1 déjà présent" in w.statusBar().currentMessage()
    w.act_save.trigger()
    assert calls[-1] == ("save", w.model.recipients())
    assert w.act_open.isEnabled() and w.act_save.isEnabled()
    assert "out.csv" in w.statusBar().currentMessage()
    w.relay.close()


def test_geometry_splitter_and_columns_are_remembered(qtbot, services, poller, boxes):
    w = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    w.show()
    w.resize(720, 600)
    w.table.horizontalHeader().resizeSection(0, 333)
    w.splitter.setSizes([200, 300])
    sizes = w.splitter.sizes()
    w.close()
    again = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == (720, 600)
    assert again.table.horizontalHeader().sectionSize(0) == 333
    assert again.splitter.sizes() == sizes
    again.relay.close()


def test_the_sandbox_banner_and_provider_choice(qtbot, window):
    assert window.banner.isVisible()
    assert "aucun SMS réel" in window.banner.text()
    assert window.provider() == "sandbox"
    assert window.message.provider_combo.count() == len(window.services.gateways.names())


def _compiled_english(tmp_path: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for area in ("main", "services"):
        ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / f"{area}_en.ts"
        qm = tmp_path / f"{area}_en.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return tmp_path


def test_english_interface(qtbot, services, poller, boxes, tmp_path):
    from ellipses_sms.ui.i18n import install_translations

    app = QApplication.instance()
    translators = install_translations(app, "en", _compiled_english(tmp_path))
    try:
        w = mw.MainWindow(services, poller, check_unfinished=False)
        qtbot.addWidget(w)
        assert w.act_send.text() == "Send"
        assert w.act_open.text() == "Open a list…"
        assert w.model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"
        assert w.banner.text() == "Demo mode: no real SMS is sent"
        w.model.add_recipients([make("A", "0612000001")])
        assert "1 recipient" in w.recipients.count_label.text()
        w.contact.number_edit.setText("01 42 00 00 00")  # the services' French refusal, translated
        w.add_contact()
        assert w.contact.number_error.text() == (
            "This number is a landline: SMS can only be sent to mobile phones"
        )
        w.relay.close()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("fr_FR"))


@pytest.mark.parametrize(("setting", "expected"), [("en", "en"), ("fr", "fr"), ("de", "fr")])
def test_language_setting(setting, expected):
    from ellipses_sms.ui.i18n import resolve_language

    assert resolve_language(setting) == expected


def test_run_opens_the_window_and_exits_cleanly(qtbot, home, boxes, monkeypatch):
    import json

    from PySide6.QtCore import QTimer

    from ellipses_sms.ui import app as ui_app

    settings_file = home / "config" / "settings.json"
    values = json.loads(settings_file.read_text(encoding="utf-8"))
    settings_file.write_text(json.dumps({**values, "language": "fr"}), encoding="utf-8")
    seen = []

    class ClosingWindow(mw.MainWindow):
        def showEvent(self, event):
            super().showEvent(event)
            seen.append(self.act_send.text())
            QTimer.singleShot(200, self.close)

    monkeypatch.setattr(mw, "MainWindow", ClosingWindow)
    assert ui_app.run([]) == 0
    assert seen == ["Envoyer"]


def test_each_customer_gets_their_own_text_from_the_window(qtbot, window, boxes):
    """Imported fields fill the placeholders per recipient (they went out literally before)."""
    import sqlite3

    from ellipses_sms import paths

    window.model.add_recipients(
        [
            make("Claire Dupond", "0612345678", prenom="Claire", titre_ouvrage="Le Petit Prince"),
            make("Paul Martin", "0781223344", prenom="Paul", titre_ouvrage=""),
        ]
    )
    window.editor.set_text("Bonjour {prenom}, votre livre {titre_ouvrage|commandé} est arrivé.")
    press_send(qtbot, window)
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    with sqlite3.connect(paths.data_dir() / "sandbox.sqlite3") as conn:
        got = dict(conn.execute("SELECT number, text FROM sbx_messages"))
    assert got == {
        "+33612345678": "Bonjour Claire, votre livre Le Petit Prince est arrivé.",
        "+33781223344": "Bonjour Paul, votre livre commandé est arrivé.",
    }


def test_an_unknown_placeholder_is_refused_in_french_and_nothing_is_sent(qtbot, window, boxes):
    window.model.add_recipients([make("Claire", "0612345678", prenom="Claire")])
    window.editor.set_text("Bonjour {prenon}")
    press_send(qtbot, window)
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    warning = boxes.texts("warning")[-1]
    assert "{prenon}" in warning and "{prenom}" in warning
    assert window.services.dispatcher.unfinished_jobs() == []


# -- never lose the clerk's work (issue 16) ---------------------------------------------------


def test_removed_rows_come_back_with_ctrl_z_where_they_were(qtbot, window, boxes):
    window.model.add_recipients([make(f"Client {i}", f"06120000{i:02d}") for i in range(5)])
    window.table.selectRow(1)
    window.remove_selected()
    assert window.model.rowCount() == 4
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in window.model.recipients()] == [f"Client {i}" for i in range(5)]
    window.clear_all()  # asked (answered yes), then undoable too
    assert window.model.rowCount() == 0
    window.undo_remove()
    assert window.model.rowCount() == 5


def test_removing_many_rows_asks_first(qtbot, window, boxes):
    from PySide6.QtWidgets import QMessageBox

    window.model.add_recipients(many(30))
    window.table.selectAll()
    boxes.answer = QMessageBox.StandardButton.No
    window.remove_selected()
    assert window.model.rowCount() == 30 and "Retirer les 30" in boxes.texts("question")[-1]
    boxes.answer = QMessageBox.StandardButton.Yes
    window.remove_selected()
    assert window.model.rowCount() == 0


def test_a_row_is_corrected_in_place_and_a_wrong_number_refused(qtbot, window, boxes):
    window.model.add_recipients([make("Claire", "0612345678"), make("Paul", "0781223344")])
    name = window.model.index(0, 0)
    assert window.model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert window.model.setData(name, "Claire Dupond")
    number = window.model.index(0, 1)
    assert window.model.setData(number, "06 98 76 54 32")
    assert window.model.recipients()[0].number == "+33698765432"
    assert not window.model.setData(number, "01 45 67 89 00")  # a landline
    assert not window.model.setData(number, "07 81 22 33 44")  # Paul's
    assert len(boxes.texts("warning")) == 2 and "déjà" in boxes.texts("warning")[-1]
    assert window.model.recipients()[0].number == "+33698765432"
    assert window.model.contains_number("+33698765432")
    assert not window.model.contains_number("+33612345678")


def test_quitting_keeps_the_draft_and_the_next_start_restores_it(qtbot, services, poller, boxes):
    w = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    w.show()
    w.model.add_recipients([make("Claire", "0612345678", prenom="Claire")])
    w.editor.set_text("Bonjour {prenom}")
    w.set_kind("marketing")
    boxes.close_answer = "cancel"
    w.close()
    assert w.isVisible()  # « Annuler »: the clerk stays
    boxes.close_answer = "discard"
    w.close()
    assert "Enregistrer la liste" in boxes.texts("question")[-1]
    again = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(again)
    again.restore_draft()
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=WAIT)
    assert again.editor.text() == "Bonjour {prenom}" and again.kind() == "marketing"
    assert again.model.recipients()[0].fields == {"prenom": "Claire"}


def test_a_send_that_went_leaves_no_question_at_quit(qtbot, services, poller, boxes):
    w = mw.MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    w.show()
    w.model.add_recipients([make("Claire", "0612345678")])
    w.editor.set_text("Votre commande est arrivée")
    press_send(qtbot, w)
    qtbot.waitUntil(lambda: not w.is_sending(), timeout=WAIT)
    asked = len(boxes.texts("question"))
    w.close()
    assert len(boxes.texts("question")) == asked  # nothing left to lose
    from ellipses_sms import draft

    assert draft.load() is None


def test_a_cancelled_send_can_be_continued_without_sending_twice(qtbot, window, boxes):
    import sqlite3

    from ellipses_sms import paths

    window.services.settings.set("sandbox_rate_limit", 20.0)
    window.model.add_recipients(many(60))
    window.editor.set_text("Soldes ce week-end")
    press_send(qtbot, window)
    qtbot.waitUntil(lambda: S.SENT in window.model.counts(), timeout=WAIT)
    window.cancel_send()
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    assert window.send_bar.resume_cancelled_button.isVisible()
    window.services.settings.set("sandbox_rate_limit", 0.0)
    window.resume_cancelled()
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    with sqlite3.connect(paths.data_dir() / "sandbox.sqlite3") as conn:
        numbers = [n for (n,) in conn.execute("SELECT number FROM sbx_messages")]
    assert len(numbers) == 60 and len(set(numbers)) == 60  # every one once
    assert not window.send_bar.resume_cancelled_button.isVisible()


def test_a_resumed_campaign_keeps_its_type(qtbot, services, poller, boxes):
    from tests.sending_hours import in_sending_hours

    in_sending_hours(services.dispatcher)
    services.dispatcher.create_job(
        [make("Claire", "0612345678")],
        "Nouveautés BD",
        kind="marketing",
        source="test",
        claim=False,  # left by an earlier run
    )
    w = mw.MainWindow(services, poller)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=WAIT)
    assert w.kind() == "marketing"
    qtbot.waitUntil(lambda: not w.is_sending(), timeout=WAIT)
    w.relay.close()


def test_tab_follows_the_screen_and_leaves_the_table(qtbot, window):
    """name, number, Ajouter, the table, the message, … Envoyer; Tab never stays in the table."""
    window.model.add_recipients(many(3))
    window.contact.name_edit.setFocus()
    order = [window.contact.name_edit]
    widget = window.contact.name_edit
    for _ in range(9):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:5] == [
        window.contact.name_edit,
        window.contact.number_edit,
        window.contact.add_button,
        window.table,
        window.editor.edit,
    ]
    assert not window.table.tabKeyNavigation()
    assert window.contact.number_edit.accessibleName() == "Numéro de téléphone"
    assert window.act_consumption.shortcut().toString() == "Ctrl+U"


def test_ctrl_tab_in_the_table_moves_on_and_selects_nothing(qtbot, window):
    """Qt's table selects every row on Ctrl+Tab; here it goes to the message, as Tab does."""
    window.model.add_recipients(many(3))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table.setFocus()
    window.table.selectRow(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [1]
    assert not window.table.hasFocus()
    qtbot.waitUntil(lambda: window.editor.edit.hasFocus(), timeout=WAIT)


def test_the_end_line_follows_the_reports_that_come_after_it(qtbot, window, boxes):
    """« 2 envoyés » at the end, then the operator's report of a failure: the line says it."""
    window.services.settings.set("sandbox_report_delay", 1.0)  # reports after the end
    window.model.add_recipients([make("Claire", "0612345678"), make("Échec", "+33600000002")])
    window.editor.set_text("Votre commande est arrivée")
    press_send(qtbot, window)
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    assert "en échec" not in boxes.texts("information")[-1]  # the notice, at the end
    qtbot.waitUntil(lambda: "1 en échec" in window.send_bar.send_state.text(), timeout=WAIT)
    assert window.send_bar.send_state.text().startswith("Envoi terminé : 1 envoyé")
