"""Scheduled sends from the command line: `send --at`, `outbox list | cancel | now`, and the
service sending a job when its time comes, once."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

from sqlalchemy import update

from ellipses_sms import paths
from ellipses_sms.cli import main
from ellipses_sms.store.models import jobs_table, messages_table


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def later(minutes: int) -> str:
    return (datetime.now() + timedelta(minutes=minutes)).strftime("%d/%m/%Y %H:%M")


def sandbox_received() -> list[str]:
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return [n for (n,) in conn.execute("SELECT number FROM sbx_messages")]


def test_a_scheduled_send_waits_is_listed_and_can_go_now(home, capsys):
    code, out, err = run(
        capsys, "send", "--to", "0612345678:Claire", "--text", "Soirée dédicace", "--at", later(90)
    )
    assert code == 0, err
    assert "programmé le" in out and "1 destinataire(s)" in out
    assert sandbox_received() == []  # nothing left yet
    code, out, _ = run(capsys, "outbox", "list", "--json")
    (job,) = json.loads(out)
    assert (
        job["waiting"] == 1 and job["kind"] == "notification" and job["text"] == "Soirée dédicace"
    )
    code, out, _ = run(capsys, "resume")
    assert "en attente jusqu'au" in out and sandbox_received() == []  # not before its time
    code, out, _ = run(capsys, "outbox", "now", str(job["job_id"]))
    assert code == 0 and "1 envoyé" in out
    assert sandbox_received() == ["+33612345678"]
    code, out, _ = run(capsys, "outbox", "list")
    assert "Aucun envoi programmé." in out


def test_a_scheduled_send_can_be_cancelled(home, capsys):
    run(
        capsys,
        "send",
        "--to",
        "0612345678",
        "--to",
        "0698765432",
        "--text",
        "Promo",
        "--at",
        later(60),
    )
    (job,) = json.loads(run(capsys, "outbox", "list", "--json")[1])
    code, out, _ = run(capsys, "outbox", "cancel", str(job["job_id"]))
    assert code == 0 and "2 message(s)" in out
    assert json.loads(run(capsys, "outbox", "list", "--json")[1]) == []
    code, _, err = run(capsys, "outbox", "now", str(job["job_id"]))
    assert code == 1 and "n'attend pas" in err
    assert sandbox_received() == []


def test_a_time_in_the_past_or_unreadable_is_a_usage_error(home, capsys):
    code, _, err = run(capsys, "send", "--to", "0612345678", "--text", "x", "--at", later(-5))
    assert code == 2 and "déjà passé" in err
    code, _, err = run(capsys, "send", "--to", "0612345678", "--text", "x", "--at", "demain")
    assert code == 2 and "date et heure invalides" in err


def test_the_service_sends_a_job_when_its_time_comes_once(home, capsys):
    run(capsys, "send", "--to", "0612345678", "--text", "Rappel", "--at", later(30))
    from ellipses_sms.app import build_services

    services = build_services()
    try:
        past = services.dispatcher._now() - timedelta(seconds=1)
        with services.store.begin() as conn:  # thirty minutes later (job and its messages)
            conn.execute(update(jobs_table).values(not_before=past))
            conn.execute(update(messages_table).values(next_attempt_at=past))
    finally:
        services.close()
    for _ in range(2):  # a second turn finds nothing more to send
        code, _out, err = run(capsys, "service", "--once")
        assert code == 0, err
    assert sandbox_received() == ["+33612345678"]
