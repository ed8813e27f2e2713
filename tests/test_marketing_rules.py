"""The marketing rules on the send path, whoever sends: the dispatcher (window, service) and the
command line. Sending hours held per customer's zone, the STOP mention in the journaled text,
opt-outs. Real SQLite store and the sandbox gateway; the clock is a FakeClock handed to the
dispatcher, and once the real process clock moved by libfaketime (the product must behave the
same). Rules: gsm7-and-french-rules.md §3.2–3.3."""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import time as _time
from datetime import datetime

import pytest
from sqlalchemy import insert, select

from ellipses_sms import paths, recipients
from ellipses_sms.sending import FakeClock
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from ellipses_sms.store.models import jobs_table, opt_outs_table

pytestmark = pytest.mark.skipif(not hasattr(_time, "tzset"), reason="needs tzset")

PROMO = "Promo -20% ce week-end"
PARIS, REUNION = "+33612345678", "+262692123456"
DRY = ("--dry-run", "--json")
CAMPAIGN = ("--text", PROMO, "--kind", "marketing", "--consent-confirmed")


@pytest.fixture(autouse=True)
def paris(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    _time.tzset()
    yield
    monkeypatch.delenv("TZ")
    os.environ.pop("TZ", None)
    _time.tzset()


def at(services, utc: datetime) -> FakeClock:
    """The dispatcher's clock, set to this naive UTC time."""
    clock = FakeClock(utc)
    services.dispatcher.clock = clock
    services.dispatcher.reports.clock = clock
    return clock


def people(*numbers: str) -> list[recipients.Recipient]:
    return [recipients.make(f"Client {i}", n) for i, n in enumerate(numbers)]


def sandbox_received() -> list[str]:
    import sqlite3

    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return [n for (n,) in conn.execute("SELECT number FROM sbx_messages")]


def test_saturday_21h_is_programmed_for_monday_not_refused_not_sent(services):
    clock = at(services, datetime(2026, 12, 5, 20))  # Saturday 21:00 Paris
    d = services.dispatcher
    summary = d.send(people(PARIS), PROMO, kind="marketing")
    assert summary.state == JobState.WAITING and summary.count(S.QUEUED) == 1
    assert summary.error == (
        "Envoi programmé pour lundi 7 décembre à 08:00 : hors des heures autorisées"
    )
    with services.store.engine.connect() as conn:
        job = conn.execute(select(jobs_table).where(jobs_table.c.id == summary.job_id)).one()
    assert job.not_before == datetime(2026, 12, 7, 7)  # 08:00 Paris, naive UTC
    assert d.resume_all() == [] and sandbox_received() == []
    clock.advance(35 * 3600)  # Monday 08:00 Paris: the service sends it, once
    done = d.resume_all()
    assert [s.job_id for s in done] == [summary.job_id] and done[0].accepted == 1
    assert d.resume_all() == [] and sandbox_received() == [PARIS]


def test_a_notification_is_exempt_from_the_hours(services):
    at(services, datetime(2026, 12, 5, 20))
    summary = services.dispatcher.send(people(PARIS), "Votre commande est arrivée.")
    assert summary.accepted == 1 and summary.error is None


def test_reunion_goes_now_paris_waits_in_the_same_job(services):
    at(services, datetime(2026, 12, 2, 6, 30))  # 07:30 Paris, 10:30 Réunion
    summary = services.dispatcher.send(people(PARIS, REUNION), PROMO, kind="marketing")
    rows = {r.number: r for r in services.dispatcher.messages(summary.job_id)}
    assert rows[REUNION].state == S.SENT and rows[PARIS].state == S.QUEUED
    assert rows[PARIS].next_attempt_at == datetime(2026, 12, 2, 7)
    assert summary.state == JobState.WAITING
    assert summary.error.startswith("Envoi programmé pour mercredi 2 décembre à 08:00")
    assert sandbox_received() == [REUNION]


def test_every_marketing_sms_ends_with_the_mention_counted_in_its_parts(services):
    at(services, datetime(2026, 12, 2, 10))
    text = "x" * 150  # 150 + « STOP au 36111 » = 164 characters: two SMS
    summary = services.dispatcher.send(people(PARIS), text, kind="marketing")
    row = services.dispatcher.messages(summary.job_id)[0]
    assert row.text == text + " STOP au 36111" and row.parts == 2
    notice = services.dispatcher.send(people(PARIS), text)
    row = services.dispatcher.messages(notice.job_id)[0]
    assert row.text == text and row.parts == 1


def test_the_mention_is_the_settings_and_shown_in_the_dry_run(services):
    from ellipses_sms import compose, policy

    services.settings.set("stop_mention", "STOP au 36180")
    mention = policy.stop_mention(services.settings)
    shown = compose.compose(people(PARIS), "Bonjour {nom}", stop_mention=mention)
    assert shown.texts == ["Bonjour Client 0 STOP au 36180"]
    at(services, datetime(2026, 12, 2, 10))
    summary = services.dispatcher.send(people(PARIS), "Bonjour", kind="marketing")
    assert services.dispatcher.messages(summary.job_id)[0].text == "Bonjour STOP au 36180"


def test_an_opted_out_number_among_10000_receives_nothing(services):
    at(services, datetime(2026, 12, 2, 10))
    crowd = people(*(f"+336{n:08d}" for n in range(10_000_000, 10_010_000)))
    stop = crowd[4321].number
    with services.store.engine.begin() as conn:
        conn.execute(insert(opt_outs_table).values(number=stop, source="reponse"))
    summary = services.dispatcher.send(crowd, PROMO, kind="marketing")
    assert summary.count(S.BLOCKED) == 1 and summary.accepted == 9_999
    received = sandbox_received()
    assert len(received) == 9_999 and stop not in received


def test_opted_out_numbers_get_notices_unless_the_setting_blocks_them(services):
    at(services, datetime(2026, 12, 2, 10))
    with services.store.engine.begin() as conn:
        conn.execute(insert(opt_outs_table).values(number=PARIS, source="reponse"))
    d = services.dispatcher
    assert d.send(people(PARIS), "Votre commande est arrivée.").accepted == 1
    services.settings.set("optout_blocks_notices", True)
    assert d.send(people(PARIS), "Votre commande est arrivée.").count(S.BLOCKED) == 1


def test_cli_marketing_outside_the_hours_says_when_and_exits_0(home, capsys, monkeypatch):
    from ellipses_sms.cli import main
    from ellipses_sms.sending import clock

    monkeypatch.setattr(clock.Clock, "now", lambda self: datetime(2026, 12, 5, 20))
    code = main(["send", "--to", "0612345678", *CAMPAIGN])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Envoi programmé pour lundi 7 décembre à 08:00 : hors des heures autorisées" in out
    assert sandbox_received() == []
    code = main(["outbox", "list", "--json"])
    (job,) = json.loads(capsys.readouterr().out)
    assert job["not_before"].startswith("2026-12-07T08:00")


def test_cli_dry_run_shows_the_mention_and_counts_it(home, capsys):
    from ellipses_sms.cli import main

    text = "y" * 150
    code = main(["send", "--to", "0612345678", "--text", text, "--kind", "marketing", *DRY])
    shown = json.loads(capsys.readouterr().out)
    assert code == 0
    assert shown["messages"][0]["text"].endswith(" STOP au 36111")
    assert shown["messages"][0]["parts"] == 2


def _libfaketime() -> str | None:
    found = glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1") + glob.glob(
        "/usr/lib/faketime/libfaketimeMT.so.1"
    )
    return found[0] if found else None


def test_the_real_process_clock_under_libfaketime_holds_the_same(home):
    lib = _libfaketime()
    if lib is None or shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("libfaketime absent : ./setup.sh --dev l'installe")
        pytest.skip("libfaketime absent (./setup.sh --dev l'installe)")
    env = dict(os.environ, LD_PRELOAD=lib, FAKETIME="@2026-12-05 21:00:00", TZ="Europe/Paris")
    env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "ellipses_sms", "send", "--to", "0612345678", *CAMPAIGN],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Envoi programmé pour lundi 7 décembre à 08:00" in done.stdout
    assert sandbox_received() == []


def test_a_job_resumed_or_sent_now_at_night_still_waits_for_the_hours(services):
    clock = at(services, datetime(2026, 12, 5, 15))  # Saturday 16:00 Paris: allowed
    d = services.dispatcher
    job_id = d.create_job(people(PARIS, REUNION), PROMO, kind="marketing", claim=False)
    clock.advance(5 * 3600)  # not run until 21:00 Paris (a crash, a closed window…)
    summary = d.run(job_id)
    assert summary.state == JobState.WAITING and sandbox_received() == []
    assert summary.error == (
        "Envoi programmé pour lundi 7 décembre à 05:00 : hors des heures autorisées"
    )  # Réunion's Monday 08:00 comes first (05:00 in Paris)
    rows = {r.number: r.next_attempt_at for r in d.messages(job_id)}
    assert rows == {PARIS: datetime(2026, 12, 7, 7), REUNION: datetime(2026, 12, 7, 4)}
    d.send_now(job_id)  # « Envoyer maintenant » on Saturday night: the hours still hold
    assert sandbox_received() == []
    clock.advance(32 * 3600)  # Monday 05:00 Paris
    d.resume_all()
    assert sandbox_received() == [REUNION]


def test_send_at_a_night_time_for_marketing_is_moved_to_the_morning(home, capsys, monkeypatch):
    from ellipses_sms.cli import main
    from ellipses_sms.sending import clock

    monkeypatch.setattr(clock.Clock, "now", lambda self: datetime(2026, 12, 2, 10))
    code = main(["send", "--to", "0612345678", *CAMPAIGN, "--at", "02/12/2026 22:30", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert code == 0
    assert shown["not_before"].startswith("2026-12-03T08:00")  # Thursday 08:00 Paris
    assert shown["note"].startswith("Envoi programmé pour jeudi 3 décembre à 08:00")


def test_a_retry_never_lands_after_the_hours(services):
    # the sandbox's +33 6 00 00 00 06 is busy twice (transient) before it takes the message
    services.settings.set("retry_base_delay", 2.0)
    services.settings.set("retry_max_delay", 300.0)
    clock = at(services, datetime(2026, 12, 2, 18, 59, 59))  # Wednesday 19:59:59 Paris
    d = services.dispatcher
    summary = d.send(people("+33600000006"), PROMO, kind="marketing")
    (row,) = d.messages(summary.job_id)
    assert row.state == S.QUEUED and row.attempts == 1
    assert row.next_attempt_at == datetime(2026, 12, 3, 7)  # Thursday 08:00 Paris
    assert summary.state == JobState.WAITING and sandbox_received() == []
    clock.advance(12 * 3600 + 1)
    d.resume_all()
    assert sandbox_received() == ["+33600000006"]
