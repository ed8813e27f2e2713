"""The window's marketing tools: « Désinscrits », « Réponses » with the unread count, and the
clerk's agreement for recipients absent from the bookstore database (real SQLite store and a
real SQLite bookstore file with the documented `clients` table)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from ellipses_sms import optouts, replies
from ellipses_sms.gateway.base import InboundSms
from ellipses_sms.store.models import jobs_table
from ellipses_sms.ui.marketing import NOT_CONFIRMED
from ellipses_sms.ui.optout_dialog import OptOutDialog
from ellipses_sms.ui.replies_dialog import RepliesDialog
from tests.sending_hours import in_sending_hours

WAIT = 30_000


@pytest.fixture
def shop(services, tmp_path):
    path = tmp_path / "librairie.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE clients (id_client INTEGER PRIMARY KEY, nom TEXT NOT NULL, "
            "telephone_portable TEXT, news_sms INTEGER NOT NULL DEFAULT 0)"
        )
        conn.execute("INSERT INTO clients VALUES (1, 'Durand', '06 12 34 56 78', 1)")
    services.settings.set("bookstore_url", str(path))
    return path


def test_optout_dialog_adds_refuses_and_removes(qtbot, services, boxes):
    d = OptOutDialog(services)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: not d.busy(), timeout=WAIT)
    qtbot.keyClicks(d.number_edit, "01 23")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.error.text().startswith("Numéro refusé") and d.number_edit.text() == "01 23"
    d.number_edit.setText("06 12 34 56 78")
    d.note_edit.setText("au comptoir")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.table.rowCount() == 1 and not d.busy(), timeout=WAIT)
    assert d.table.item(0, 2).text() == "libraire" and d.table.item(0, 3).text() == "au comptoir"
    assert optouts.is_opted_out(services.store, "+33612345678")
    d.table.selectRow(0)
    d.remove_selected()
    qtbot.waitUntil(lambda: d.table.rowCount() == 0 and not d.busy(), timeout=WAIT)
    assert "Retirer 1 numéro" in boxes.texts("question")[-1]
    assert not optouts.is_opted_out(services.store, "+33612345678")


def test_optout_dialog_imports_and_exports(qtbot, services, tmp_path):
    source = tmp_path / "stop.csv"
    source.write_text("Nom;Téléphone\nA;0612345678\nB;0699887766\n", encoding="utf-8")
    d = OptOutDialog(services)
    qtbot.addWidget(d)
    d.import_file(str(source))
    qtbot.waitUntil(lambda: d.table.rowCount() == 2 and not d.busy(), timeout=WAIT)
    assert "2 ajouté(s)" in d.error.text()
    target = tmp_path / "export.csv"
    d.export_file(str(target))
    qtbot.waitUntil(lambda: not d.busy(), timeout=WAIT)
    assert "+33699887766" in target.read_text(encoding="utf-8-sig")


def test_replies_dialog_shows_marks_read_and_fetches(qtbot, services):
    from ellipses_sms import recipients

    replies.record(services.store, "ovh", [InboundSms("1", "+33611111111", "Merci !")])
    d = RepliesDialog(services)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.table.rowCount() == 1 and not d.busy(), timeout=WAIT)
    assert d.table.item(0, 3).text() == "Merci !"
    assert replies.unread_count(services.store) == 0
    in_sending_hours(services.dispatcher)
    services.dispatcher.send([recipients.make("Paul", "+33600000005")], "Promo", kind="marketing")
    d.fetch()  # the sandbox's STOP number answers « STOP »
    qtbot.waitUntil(lambda: d.table.rowCount() == 2 and not d.busy(), timeout=WAIT)
    assert "1 nouveau(x) désinscrit(s)" in d.state.text()
    assert "STOP" in d.table.item(0, 3).text() and d.table.item(0, 2).text() == "Paul"


def test_the_window_shows_unread_replies_in_the_tools_menu(qtbot, window):
    tools = window.marketing_tools
    qtbot.waitUntil(lambda: not tools.busy(), timeout=WAIT)
    assert tools.act_replies.text() == "Réponses…"
    replies.record(window.services.store, "ovh", [InboundSms("1", "+33611111111", "STOP")])
    tools.refresh()
    qtbot.waitUntil(lambda: tools.act_replies.text() == "Réponses (1)…", timeout=WAIT)
    qtbot.waitUntil(lambda: not tools.busy(), timeout=WAIT)


def _campaign(qtbot, window, monkeypatch, answers):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    in_sending_hours(window.services.dispatcher)
    window.contact.name_edit.setText("Claire")
    window.contact.number_edit.setText("06 12 34 56 78")  # on a card that says yes
    window.add_contact()
    window.contact.name_edit.setText("Inconnu")
    window.contact.number_edit.setText("07 81 22 33 44")  # on no card
    window.add_contact()
    window.editor.set_text("Nouveautés BD ce samedi")
    window.set_kind("marketing")
    window.send()  # looked up off the GUI thread, asked, confirmed (boxes), then sent
    qtbot.waitUntil(lambda: not window.is_preparing(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.is_sending(), timeout=WAIT)
    return asked


def test_a_campaign_asks_for_the_agreement_of_unknown_recipients(
    qtbot, window, boxes, shop, monkeypatch
):
    yes = QMessageBox.StandardButton.Yes
    asked = _campaign(qtbot, window, monkeypatch, [yes])
    assert len(asked) == 1 and "J'ai l'accord de ce destinataire ?" in asked[0]  # once
    shown = boxes.confirmations[-1].plain_text()
    assert "STOP au 36111" in shown and "2 destinataires" in shown  # the mention, then both
    with window.services.store.engine.connect() as conn:
        job = conn.execute(select(jobs_table).order_by(jobs_table.c.id.desc())).first()
    assert job.consent_confirmed == 1


def test_without_the_agreement_unknown_recipients_are_blocked(qtbot, window, shop, monkeypatch):
    no = QMessageBox.StandardButton.No
    _campaign(qtbot, window, monkeypatch, [no])
    with window.services.store.engine.connect() as conn:
        last = conn.scalar(select(jobs_table.c.id).order_by(jobs_table.c.id.desc()))
    rows = {r.number: r for r in window.services.dispatcher.messages(last)}
    assert rows["+33781223344"].state == "blocked" and rows["+33781223344"].error == NOT_CONFIRMED
    assert rows["+33612345678"].state in ("sent", "delivered")


def test_english_translation_is_complete_and_loads(qtbot, services, tmp_path):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    root = Path(__file__).parents[2]
    ts = root / "resources" / "translations" / "marketing_en.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    ours = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    found = tmp_path / "found.ts"  # what lupdate finds in the dialogs' self.tr() calls
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ui = root / "ellipses_sms" / "ui"
    subprocess.run(
        [
            str(lupdate),
            str(ui / "optout_dialog.py"),
            str(ui / "replies_dialog.py"),
            "-ts",
            str(found),
        ],
        check=True,
        capture_output=True,
    )
    wanted = {m.findtext("source") for m in ET.parse(found).getroot().iter("message")}
    assert wanted and wanted <= ours, sorted(wanted - ours)
    qm = tmp_path / "marketing_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        d = OptOutDialog(services)
        qtbot.addWidget(d)
        assert d.windowTitle() == "Unsubscribed (STOP)"
        from ellipses_sms.ui.marketing import confirm_notes

        assert confirm_notes(services.settings)[0] == (
            "The mention “STOP au 36111” is added at the end of each message."
        )
        qtbot.waitUntil(lambda: not d.busy(), timeout=WAIT)
        d.reject()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_settings_tab_checks_the_hours_with_the_send_rule(qtbot, services):
    from PySide6.QtCore import QTime

    from ellipses_sms.ui.marketing_settings import MarketingSettings
    from ellipses_sms.ui.settings_dialog import SettingsDialog

    tab = MarketingSettings(services.settings)
    qtbot.addWidget(tab)
    assert tab.end.maximumTime() == QTime(21, 30)  # the AF2M charter's latest end
    tab.start.setTime(QTime(21, 0))
    tab.end.setTime(QTime(9, 0))
    assert "Plage horaire invalide" in tab.save()
    assert services.settings.get("marketing_start") == "08:00"  # nothing kept
    tab.start.setTime(QTime(9, 30))
    tab.end.setTime(QTime(21, 30))
    tab.departement.setText("57")
    tab.mention.setText("STOP au 36180")
    assert tab.save() is None
    assert services.settings.get("marketing_end") == "21:30"
    assert services.settings.get("departement") == "57"
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.marketing_tab.mention.text() == "STOP au 36180"
    dialog.reject()


def test_the_confirmation_counts_the_mention_in_the_sms_and_credits(qtbot, window, boxes, shop):
    window.contact.name_edit.setText("Claire")
    window.contact.number_edit.setText("06 12 34 56 78")
    window.add_contact()
    window.editor.set_text("x" * 150)  # 150 + « STOP au 36111 » = 164: two SMS
    window.set_kind("marketing")
    boxes.answer = QMessageBox.StandardButton.No  # look, do not send
    window.send()
    qtbot.waitUntil(lambda: bool(boxes.confirmations), timeout=WAIT)
    shown = boxes.confirmations[-1].plain_text()
    assert "2 SMS au total, coût estimé 0,14 €" in shown  # the mention's part is paid for
    assert "« STOP au 36111 » est ajoutée" in shown
    assert "".join(b.text() for b in boxes.confirmations[-1].phone.bubbles).endswith(
        "STOP au 36111"
    )
    assert not window.is_sending()
