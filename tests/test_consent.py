"""Consent for marketing sends from the command line: hand-typed and list-file recipients looked
up by number in a real (read-only) SQLite bookstore database with the documented `clients`
table (README « Base librairie de démonstration »; rule: gsm7-and-french-rules.md §3.1)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import select

from ellipses_sms import consent, paths
from ellipses_sms.cli import main
from ellipses_sms.store.models import jobs_table

PROMO = "Nouveautés BD : -20 % ce samedi"


@pytest.fixture
def shop(home, monkeypatch, tmp_path):
    """A bookstore database with two cards: one says no to news, one says yes; and the
    clock on a Wednesday morning (inside the marketing hours)."""
    path = tmp_path / "librairie.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE clients (id_client INTEGER PRIMARY KEY, nom TEXT NOT NULL, "
            "prenom TEXT, telephone_portable TEXT, news_sms INTEGER NOT NULL DEFAULT 0)"
        )
        conn.executemany(
            "INSERT INTO clients (nom, prenom, telephone_portable, news_sms) VALUES (?,?,?,?)",
            [
                ("Martin", "Paul", "06.12.34.56.78", 0),  # typed as clerks do
                ("Durand", "Claire", "+33 6 98 76 54 32", 1),
            ],
        )
    settings = home / "config" / "settings.json"
    values = json.loads(settings.read_text(encoding="utf-8"))
    values["bookstore_url"] = str(path)
    settings.write_text(json.dumps(values), encoding="utf-8")
    from ellipses_sms.sending import clock

    monkeypatch.setattr(clock.Clock, "now", lambda self: datetime(2026, 12, 2, 10))
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sandbox_received() -> list[str]:
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return [n for (n,) in conn.execute("SELECT number FROM sbx_messages")]


def test_a_list_file_customer_whose_card_says_no_is_blocked(shop, capsys, tmp_path):
    listing = tmp_path / "liste.csv"
    listing.write_text("Nom;Portable\nPaul;0612345678\nClaire;0698765432\n", encoding="utf-8")
    code, out, _ = run(capsys, "send", "--list", str(listing), "--text", PROMO)
    assert code == 0  # a notification: no consent needed
    code, out, _ = run(
        capsys, "send", "--list", str(listing), "--text", PROMO, "--kind", "marketing", "--json"
    )
    rows = {m["number"]: m for m in json.loads(out)["messages"]}
    assert rows["+33612345678"]["state"] == "blocked"
    assert rows["+33612345678"]["error"] == consent.NO_NEWS
    assert rows["+33698765432"]["state"] == "sent"
    assert sandbox_received().count("+33612345678") == 1  # only the notification


def test_a_number_on_no_card_needs_the_clerks_confirmation(shop, capsys):
    argv = ("send", "--to", "0781223344", "--text", PROMO, "--kind", "marketing")
    code, out, err = run(capsys, *argv)
    assert code == 2 and "--consent-confirmed" in err and "J'ai l'accord de ce destinataire" in err
    assert sandbox_received() == []  # nothing journaled, nothing sent
    code, out, err = run(capsys, *argv, "--consent-confirmed", "--json")
    assert code == 0, err
    job_id = json.loads(out)["job_id"]
    from ellipses_sms.app import build_services

    services = build_services()
    try:
        with services.store.engine.connect() as conn:
            job = conn.execute(select(jobs_table).where(jobs_table.c.id == job_id)).one()
    finally:
        services.close()
    assert job.consent_confirmed == 1 and job.kind == "marketing"


def test_the_dry_run_shows_the_refusal(shop, capsys):
    code, out, _ = run(
        capsys, "send", "--to", "0612345678", "--text", PROMO, "--kind", "marketing", "--dry-run"
    )
    assert code == 1 and "Recevoir les News par SMS" in out
