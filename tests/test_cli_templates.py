"""`ellipses-sms template …` and `send --template`: the templates every workstation shares."""

from __future__ import annotations

import json
import sqlite3

from ellipses_sms import paths
from ellipses_sms.cli import main


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


def test_the_shipped_templates_are_listed(home, capsys):
    code, out, _ = run(capsys, "template", "list", "--json")
    assert code == 0
    names = {t["name"]: t["kind"] for t in json.loads(out)}
    assert names == {
        "Commande arrivée": "notification",
        "Rappel commande": "notification",
        "Nouveautés": "marketing",
    }
    code, out, _ = run(capsys, "template", "show", "commande ARRIVEE")  # case and accents ignored
    assert code == 0
    assert "Type : information client" in out and "{titres}" in out


def test_add_edit_duplicate_remove(home, capsys):
    code, out, _ = run(
        capsys, "template", "add", "Promo", "--text", "-20% {prenom|}", "--kind", "marketing"
    )
    assert code == 0 and "« Promo » enregistré" in out
    code, _, err = run(capsys, "template", "add", "PROMO", "--text", "autre")
    assert code == 1 and "existe déjà" in err and err.count("\n") == 1
    code, _, _ = run(
        capsys, "template", "edit", "promo", "--rename", "Promo Noël", "--text", "Noël"
    )
    assert code == 0
    code, out, _ = run(capsys, "template", "show", "promo noel", "--json")
    assert json.loads(out)["text"] == "Noël" and json.loads(out)["kind"] == "marketing"
    code, out, _ = run(capsys, "template", "duplicate", "Promo Noël")
    assert code == 0 and "« Promo Noël (copie) »" in out
    code, _, _ = run(capsys, "template", "remove", "Promo Noël")
    assert code == 0
    code, out, _ = run(capsys, "template", "list", "--json")
    assert "Promo Noël" not in {t["name"] for t in json.loads(out)}
    code, _, err = run(capsys, "template", "remove", "Promo Noël")
    assert code == 1 and "Modèle inconnu" in err


def test_a_malformed_template_is_never_saved(home, capsys):
    code, _, err = run(capsys, "template", "add", "Cassé", "--text", "Bonjour {prenom")
    assert code == 1 and "jamais fermée" in err
    code, _, err = run(capsys, "template", "edit", "Nouveautés", "--text", "Promo }")
    assert code == 1 and "accolade" in err
    code, out, _ = run(capsys, "template", "show", "Nouveautés", "--json")
    assert "}" not in json.loads(out)["text"].replace("{librairie}", "")


def test_edit_without_a_change_says_what_it_needs(home, capsys):
    code, _, err = run(capsys, "template", "edit", "Nouveautés")
    assert code == 1 and "--text" in err


def test_send_with_a_template_renders_it_per_recipient(home, capsys):
    run(capsys, "template", "add", "Retrait", "--text", "Bonjour {nom|}, à bientôt !")
    code, _, _ = run(
        capsys, "send", "--to", "06 12 34 56 78:Claire", "--template", "retrait", "--json"
    )
    assert code == 0
    assert received() == {"+33612345678": "Bonjour Claire, à bientôt !"}


def test_send_takes_the_templates_kind_unless_told(home, capsys):
    run(capsys, "template", "add", "Soldes", "--text", "Soldes !", "--kind", "marketing")
    at = "24/12/2099 10:00"
    code, _, err = run(
        capsys,
        "send",
        "--to",
        "0612345678",
        "--template",
        "Soldes",
        "--at",
        at,
        "--consent-confirmed",  # a marketing send to a number on no customer card
    )
    assert code == 0, err
    run(
        capsys,
        "send",
        "--to",
        "0612345678",
        "--template",
        "Soldes",
        "--kind",
        "notification",
        "--at",
        at,
    )
    _, out, _ = run(capsys, "outbox", "list", "--json")
    assert sorted(j["kind"] for j in json.loads(out)) == ["marketing", "notification"]


def test_send_with_an_unknown_template_or_with_text_too_is_a_usage_error(home, capsys):
    code, _, err = run(capsys, "send", "--to", "0612345678", "--template", "Inconnu")
    assert code == 2 and "Modèle inconnu" in err and "Commande arrivée" in err
    code, _, err = run(
        capsys, "send", "--to", "0612345678", "--template", "Nouveautés", "--text", "x"
    )
    assert code == 2 and "--template" in err
    assert received() == {}
