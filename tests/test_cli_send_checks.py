"""What `send` checks against the provider before anything is journaled: its credit, its
longest message (Kannel's max-messages, issue 17) and its number rule."""

from __future__ import annotations

import json
import sqlite3

from ellipses_sms import paths
from ellipses_sms.cli import main

PASSWORD = "s3cret-pass"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def received() -> dict[str, str]:
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return {}
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT number, text FROM sbx_messages"))


def journaled(capsys) -> list:
    _, out, _ = run(capsys, "history", "--json")
    return json.loads(out)["messages"]


def test_a_send_the_credit_does_not_cover_is_refused_and_nothing_journaled(
    home, capsys, monkeypatch
):
    from ellipses_sms.gateway import sandbox

    monkeypatch.setattr(sandbox, "INITIAL_CREDIT", 2)  # the sandbox tells 2 SMS left
    code, _, err = run(
        capsys, "send", "--to", "0612345678", "--to", "0698765432", "--text", "a" * 200
    )
    assert code == 1 and "Crédit insuffisant" in err and "4 SMS" in err
    assert "Rien n'a été envoyé" in err and err.count("\n") == 1
    assert received() == {} and journaled(capsys) == []


def test_the_dry_run_says_the_credit(home, capsys, monkeypatch):
    from ellipses_sms.gateway import sandbox

    monkeypatch.setattr(sandbox, "INITIAL_CREDIT", 10)
    code, out, _ = run(capsys, "send", "--to", "0612345678", "--text", "Bonjour", "--dry-run")
    assert code == 0 and "Crédit suffisant" in out and "10 SMS restants" in out
    code, out, _ = run(
        capsys, "send", "--to", "0612345678", "--text", "a" * 2000, "--dry-run", "--json"
    )
    credit = json.loads(out)["credit"]
    assert code == 1 and credit["enough"] is False and credit["needed"] == 14


def test_a_text_longer_than_the_provider_carries_is_refused_per_recipient_before_journaling(
    home, capsys, memory_keyring
):
    code, _, err = run(
        capsys,
        "provider",
        "add",
        "boutique",
        "--type",
        "kannel",
        "--set",
        "url=http://127.0.0.1:9/cgi-bin/sendsms",  # never reached: the text is refused first
        "--set",
        "username=librairie",
        "--set",
        "max_parts=2",
        "--secret",
        f"password={PASSWORD}",
    )
    assert code == 0, err
    short, long_title = "Court", "x" * 400
    path = paths.data_dir().parent / "clients.csv"
    path.write_text(
        f"Nom;Téléphone;Titre\nClaire;0612345678;{short}\nPaul;0698765432;{long_title}\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys,
        "send",
        "--list",
        str(path),
        "--text",
        "Votre livre {titre} est arrivé",
        "--provider",
        "boutique",
        "--dry-run",
        "--json",
    )
    data = json.loads(out)
    refusals = {m["name"]: m["refusal"] for m in data["messages"]}
    assert code == 1 and refusals["Claire"] is None
    assert "Texte trop long" in refusals["Paul"] and "au plus 2" in refusals["Paul"]
    assert data["totals"]["parts"] == 1  # Paul's 3 parts are not counted: he gets nothing


def test_a_sender_name_the_providers_refuse_is_refused_by_send_too(home, capsys):
    """One rule (`providers.check_sender`) for the window, the dialogs, the command line and
    the journal: « MA LIB » (a space) was accepted by the window and `send --sender`."""
    code, _, err = run(
        capsys, "send", "--to", "0612345678", "--text", "Bonjour", "--sender", "MA LIB"
    )
    assert code == 1 and "l'espace" in err and err.count("\n") == 1
    assert received() == {} and journaled(capsys) == []
    from ellipses_sms.providers import check_sender  # the window's « Expéditeur » check too

    assert check_sender("MA LIB") is not None and check_sender("MALIB") is None
