"""The reception notices in the window: Paramètres › « Avis de réception », « Avis non
envoyés » read off the GUI thread, « Simuler une réception » in demo mode, English complete."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTime

from ellipses_sms import notices, paths
from ellipses_sms.settings import Settings
from ellipses_sms.ui.notices_dialog import NoticesDialog
from ellipses_sms.ui.notices_settings import NoticeSettings
from tests.notice_fixtures import LIBRAIRIE, configure, make_bookstore

ROOT = Path(__file__).resolve().parents[2]


def test_the_tab_keeps_the_choices_and_refuses_an_end_before_the_start(qtbot, home):
    settings = Settings()
    tab = NoticeSettings(settings)
    qtbot.addWidget(tab)
    assert not tab.auto.isChecked() and tab.start.time() == QTime(8, 0)
    tab.auto.setChecked(True)
    tab.interval.setValue(30)
    tab.reminder.setValue(5)
    tab.end.setTime(QTime(7, 0))
    assert tab.save() == "L'heure de début des avis doit précéder l'heure de fin."
    assert settings.get("notices_auto") is False  # nothing kept
    tab.end.setTime(QTime(20, 30))
    assert tab.save() is None
    assert settings.get("notices_auto") is True and settings.get("notices_interval") == 30
    assert settings.get("notices_end") == "20:30" and settings.get("notices_reminder_days") == 5


def test_the_unsent_notices_are_listed(qtbot, home, services, tmp_path):
    shop = make_bookstore(tmp_path / "librairie.sqlite3", today=date.today())
    services.settings.set("librairie", LIBRAIRIE)
    notifier = notices.Notifier(services.dispatcher, services.settings, bookstore_url=str(shop))
    notifier.notify_orders(["103"])  # Paul Martin has a landline only
    dialog = NoticesDialog(services)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "Lecture…", timeout=10_000)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(6)]
    assert cells[1:] == [
        "Paul Martin",
        "103",
        f"{date.today():%d/%m/%Y}",
        "01 23 45 67 89",
        "numéro fixe",
    ]
    assert dialog.status.text() == "1 avis non envoyé."


def test_simulate_a_reception_in_demo_mode_sends_its_notice(qtbot, home, window):
    configure(home, librairie=LIBRAIRIE, notices_start="00:00", notices_end="23:59")
    window.services.settings = settings = Settings()
    window.services.dispatcher.settings = settings
    assert not settings.get("bookstore_url")  # the demo base
    window.act_simulate_reception.trigger()
    qtbot.waitUntil(lambda: "Commande" in window.statusBar().currentMessage(), timeout=30_000)
    message = window.statusBar().currentMessage()
    order = re.match(r"Commande (\d+) ", message).group(1)
    with sqlite3.connect(paths.data_dir() / "sandbox.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM sbx_messages").fetchone() == (1,)
    with sqlite3.connect(paths.data_dir() / "demo-librairie.sqlite3") as conn:
        day = conn.execute(
            "SELECT date_reception FROM commandes WHERE id_commande = ?", (order,)
        ).fetchone()
    assert day == (date.today().isoformat(),)


def test_no_simulation_on_a_real_bookstore_base(qtbot, home, services, poller, boxes, tmp_path):
    from ellipses_sms.ui.main_window import MainWindow

    services.settings.set("bookstore_url", str(tmp_path / "el2000.sqlite3"))
    w = MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    assert hasattr(w, "act_unsent_notices") and not hasattr(w, "act_simulate_reception")
    w.relay.close()


def test_english_translation_is_complete():
    ts = ET.parse(ROOT / "resources" / "translations" / "notices_en.ts")
    messages = {m.findtext("source"): m.find("translation") for m in ts.iter("message")}
    used = set()
    for name in ("notices_dialog.py", "notice_actions.py", "notices_settings.py"):
        code = (ROOT / "ellipses_sms" / "ui" / name).read_text(encoding="utf-8")
        used |= set(re.findall(r'(?:self\.tr|_tr)\(\s*"((?:[^"\\]|\\.)*)"', code))
    missing = {u for u in used if not any(m.startswith(u) for m in messages)}
    assert not missing, missing
    for source, translation in messages.items():
        assert translation.get("type") is None and translation.text, source
