"""Reception notices from the command line, with real processes: `notify` twice, `watch --once`
and `notify` started together (SQLite file and PostgreSQL), a watcher killed (SIGKILL) while its
SMS is at the provider then a second pass, `demo-db receive`.

The bookstore is a real SQLite file in the demo schema (`tests/notice_fixtures.py`). The SMS
go to the sandbox provider; its own database (`sandbox.sqlite3`, shared by every process of
the test's home) is what reached « the network ».
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from ellipses_sms import paths
from ellipses_sms.cli import main
from tests.notice_fixtures import LIBRAIRIE, configure, make_bookstore
from tests.races.harness import env_for, finish, start_together

CLAIRE = "+33612345678"


@pytest.fixture
def shop(tmp_path):
    return make_bookstore(tmp_path / "librairie.sqlite3", today=date.today())


@pytest.fixture
def home(home, store_url, shop):
    # notices allowed all day: these tests are about exactly once, not about quiet hours
    configure(
        home,
        database_url=store_url,
        librairie=LIBRAIRIE,
        bookstore_url=str(shop),
        notices_start="00:00",
        notices_end="23:59",
    )
    return home


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sandbox_numbers() -> list[str]:
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        try:
            rows = conn.execute("SELECT number FROM sbx_messages ORDER BY submitted").fetchall()
        except sqlite3.OperationalError:  # the watcher created the file, not yet its table
            return []
        return [n for (n,) in rows]


def journaled_numbers(capsys) -> list[str]:
    """Every message of the history (all jobs), by number."""
    code, out, _ = run(capsys, "history", "--json")
    assert code == 0
    return sorted(m["number"] for m in json.loads(out)["messages"])


def test_notify_twice_sends_one_sms_and_says_when(home, capsys):
    code, out, err = run(capsys, "notify", "reception", "--order", "101")
    assert code == 0, err
    assert "Commande 101 (Claire Dupond) : SMS au +33 6 12 34 56 78, Envoyé." in out
    assert "Commande 102 (Claire Dupond)" in out  # the same day's other book, same SMS
    code, out, err = run(capsys, "notify", "reception", "--order", "101")
    assert code == 0, err
    assert re.fullmatch(
        r"Commande 101 \(Claire Dupond\) : déjà prévenu le \d\d/\d\d/\d{4} à \d\d:\d\d\.\n"
        r"Commande 102 \(Claire Dupond\) : déjà prévenu le \d\d/\d\d/\d{4} à \d\d:\d\d\.\n",
        out,
    )
    assert sandbox_numbers() == [CLAIRE]


def test_a_landline_exits_1_and_is_listed_once(home, capsys):
    code, out, _ = run(capsys, "notify", "reception", "--order", "103", "--json")
    assert code == 1
    (notice,) = json.loads(out)
    assert notice["state"] == "unsent" and notice["reason"] == "numéro fixe" and notice["new"]
    code, out, _ = run(capsys, "notify", "reception", "--order", "103", "--json")
    assert code == 1 and not json.loads(out)[0]["new"]
    assert sandbox_numbers() == []


def test_watch_and_notify_started_together_send_one_sms_per_reception(home, capsys):
    procs = start_together(
        home,
        [
            ["watch", "--once"],
            ["notify", "reception", "--order", "101", "--order", "102"],
            ["watch", "--once"],
        ],
    )
    results = finish(procs)
    for code, _, err in results:
        assert code == 0, err
    assert sandbox_numbers() == [CLAIRE]  # 101 and 102 in one SMS; 105 is in the past
    assert journaled_numbers(capsys) == [CLAIRE]
    code, out, _ = run(capsys, "watch", "--once")
    assert code == 0 and out == "Aucune nouvelle réception.\n"


def test_a_watcher_killed_mid_send_then_a_second_pass_sends_no_duplicate(home, capsys):
    url = json.loads((home / "config" / "settings.json").read_text())["database_url"]
    if not url.startswith("sqlite:///"):
        pytest.skip("the crash is the outbox's; its recovery is tested on PostgreSQL elsewhere")
    configure(home, sandbox_latency=120.0)  # the request never comes back before the kill
    proc = subprocess.Popen(
        [sys.executable, "-m", "ellipses_sms", "watch", "--once"],
        env=env_for(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    store = Path(url.removeprefix("sqlite:///"))
    deadline = time.monotonic() + 30
    try:
        while True:  # until the batch is marked `submitting` (on disk before the request)
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the watcher never reached the provider"
            if store.exists():
                with sqlite3.connect(store) as conn:
                    try:
                        marked = conn.execute(
                            "SELECT COUNT(*) FROM messages WHERE state = 'submitting'"
                        ).fetchone()[0]
                    except sqlite3.OperationalError:  # not migrated yet
                        marked = 0
                if marked:
                    break
            time.sleep(0.02)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
    configure(home, sandbox_latency=0.0)
    code, out, err = run(capsys, "watch", "--once")
    assert code == 0, err
    assert "Envoi n° 1 : Envoi terminé : 1 envoyé" in out
    code, out, err = run(capsys, "watch", "--once")
    assert out == "Aucune nouvelle réception.\n"
    assert sandbox_numbers() == [CLAIRE] and journaled_numbers(capsys) == [CLAIRE]


def test_demo_db_receive_writes_the_demo_only(home, capsys, tmp_path, shop):
    demo = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo-db", str(demo), "--customers", "50")
    assert code == 0, err
    code, out, err = run(capsys, "demo-db", "receive", "--db", str(demo), "--order", "3")
    assert code == 0, err
    assert "Commande 3 (" in out and "marquée reçue le" in out
    with sqlite3.connect(demo) as conn:
        day = conn.execute("SELECT date_reception FROM commandes WHERE id_commande = 3").fetchone()
    assert day == (date.today().isoformat(),)
    # the bookstore's own base (here: one without the demo's mark) is never written
    with sqlite3.connect(shop) as conn:
        conn.execute("DELETE FROM informations")
    before = shop.read_bytes()
    code, _, err = run(capsys, "demo-db", "receive", "--db", str(shop), "--order", "106")
    assert code == 1 and "n'est pas la base de démonstration" in err
    assert shop.read_bytes() == before


def test_the_service_notifies_when_the_setting_is_ticked(home, capsys):
    code, out, _ = run(capsys, "service", "--once")
    assert code == 0 and sandbox_numbers() == []  # « Avis de réception automatiques » off
    configure(home, notices_auto=True)
    code, out, err = run(capsys, "service", "--once")
    assert code == 0, err
    assert "Commande 101 (Claire Dupond) : SMS au +33 6 12 34 56 78, Envoyé." in out
    assert sandbox_numbers() == [CLAIRE]
    code, out, _ = run(capsys, "service", "--once")
    assert sandbox_numbers() == [CLAIRE]


def test_watch_keeps_watching_until_sigterm(home, capsys):
    url = json.loads((home / "config" / "settings.json").read_text())["database_url"]
    if not url.startswith("sqlite:///"):
        pytest.skip("one engine is enough for the loop and its stop")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ellipses_sms", "watch", "--interval", "1"],
        env=env_for(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    try:
        while CLAIRE not in sandbox_numbers():  # the first search, then it waits
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "nothing sent by the watcher"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.startswith("Surveillance des réceptions démarrée")
    assert "Commande 101 (Claire Dupond)" in out and out.endswith("Surveillance arrêtée.\n")
    assert sandbox_numbers() == [CLAIRE]
