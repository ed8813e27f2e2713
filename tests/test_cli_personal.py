"""Each customer's own message from the command line: the placeholders of a list file are
filled per recipient (the defect: « Bonjour {prenom} » went out literally), errors before
anything is journaled, and `--dry-run` journals nothing."""

from __future__ import annotations

import json
import sqlite3

from ellipses_sms import paths
from ellipses_sms.cli import main

TEXT = "Bonjour {prenom}, votre livre {titre_ouvrage|commandé} est arrivé."


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


def listing(tmp_path) -> str:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Nom;Prénom;Téléphone;Titre ouvrage\n"
        "Dupond;Claire;06 12 34 56 78;Le Petit Prince\n"
        "Martin;François;07 50 12 34 56;\n"
        "Durand;;06 98 76 54 32;Les Misérables\n",
        encoding="utf-8",
    )
    return str(path)


def test_each_customer_receives_their_own_text(home, tmp_path, capsys):
    code, out, _ = run(capsys, "send", "--list", listing(tmp_path), "--text", TEXT, "--json")
    assert code == 1  # one customer has no first name: refused, said, journaled
    by_number = received()
    assert by_number["+33612345678"] == "Bonjour Claire, votre livre Le Petit Prince est arrivé."
    assert by_number["+33750123456"] == "Bonjour François, votre livre commandé est arrivé."
    assert "+33698765432" not in by_number
    result = json.loads(out)
    refused = [m for m in result["messages"] if m["state"] == "blocked"]
    assert [m["error"] for m in refused] == ["valeur manquante : prenom"]
    code, out, _ = run(capsys, "history", "--json")
    texts = {m["number"]: m["text"] for m in json.loads(out)["messages"]}
    assert texts["+33612345678"].startswith("Bonjour Claire")  # what the customer received


def test_an_unknown_placeholder_stops_the_send_before_anything_is_journaled(home, tmp_path, capsys):
    code, _, err = run(capsys, "send", "--list", listing(tmp_path), "--text", "Bonjour {prenon}")
    assert code == 2 and "{prenon}" in err and "{prenom}" in err
    assert received() == {}
    code, out, _ = run(capsys, "history", "--json")
    assert json.loads(out)["messages"] == []


def test_dry_run_shows_each_text_and_the_totals_and_journals_nothing(home, tmp_path, capsys):
    code, out, _ = run(
        capsys, "send", "--list", listing(tmp_path), "--text", TEXT, "--dry-run", "--json"
    )
    data = json.loads(out)
    assert code == 1 and data["dry_run"] is True
    assert data["totals"]["to_send"] == 2 and data["totals"]["refused"] == 1
    assert data["messages"][0]["text"].startswith("Bonjour Claire")
    assert received() == {}
    code, out, _ = run(capsys, "history", "--json")
    assert json.loads(out)["messages"] == []
