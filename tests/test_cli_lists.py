"""`list check` and `send --list` through the real command line, with the sandbox provider."""

from __future__ import annotations

import json

import pytest

from ellipses_sms.cli import main

LIST = (
    "Nom;Prénom;Portable;Titre\r\n"
    "Dupond;Claire;06 12 34 56 78;Mme\r\n"
    "Martin;Jean;01 23 45 67 89;M.\r\n"
    "Durand;Léa;;Mme\r\n"
    "Petit;Paul;+33 6 12 34 56 78;M.\r\n"
    "Roux;Zoé;07 81 00 00 01;Mme\r\n"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def list_file(home, tmp_path):
    path = tmp_path / "clients.csv"
    path.write_bytes(LIST.encode("utf-8-sig"))
    return path


def test_list_check_json_shape(list_file, capsys):
    code, out, _ = run(capsys, "list", "check", "--json", str(list_file))
    assert code == 1  # some rows were refused
    data = json.loads(out)
    assert set(data) == {"recipients", "refused", "duplicates"}
    assert data["recipients"][0] == {
        "name": "Claire Dupond",
        "e164": "+33612345678",
        "nom": "Dupond",
        "prenom": "Claire",
        "titre": "Mme",
    }
    assert [r["e164"] for r in data["recipients"]] == ["+33612345678", "+33781000001"]
    assert data["refused"] == [
        {"row": 3, "reason": "numéro fixe"},
        {"row": 4, "reason": "numéro manquant"},
    ]
    assert data["duplicates"] == 1


def test_list_check_human_output(list_file, capsys):
    code, out, _ = run(capsys, "list", "check", str(list_file))
    assert code == 1
    assert "+33 6 12 34 56 78  Claire Dupond" in out
    assert "ligne 3 : numéro fixe" in out and "ligne 4 : numéro manquant" in out
    assert "2 destinataire(s), 2 ligne(s) refusée(s), 1 doublon(s)" in out


def test_list_check_clean_file_exits_0(home, tmp_path, capsys):
    path = tmp_path / "ok.csv"
    path.write_text("Nom;Tél\nDupond;0612345678\n", encoding="utf-8")
    code, out, _ = run(capsys, "list", "check", str(path))
    assert code == 0 and "1 destinataire(s), 0 ligne(s) refusée(s)" in out


def test_list_check_broken_file_is_one_french_line(home, tmp_path, capsys):
    path = tmp_path / "protege.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    code, out, err = run(capsys, "list", "check", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "mot de passe" in err and "inattendue" not in err


def test_list_check_unknown_columns(home, tmp_path, capsys):
    path = tmp_path / "bizarre.csv"
    path.write_text("Qui;Quoi;Où\nClaire;Dupond;06 12 34 56 78\n", encoding="utf-8")
    code, _, err = run(capsys, "list", "check", str(path))
    assert code == 1 and "colonnes non reconnues (Qui, Quoi, Où)" in err


def test_send_list_through_the_sandbox(list_file, capsys):
    code, out, err = run(capsys, "send", "--list", str(list_file), "--text", "Bonjour", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert sorted(m["number"] for m in data["messages"]) == ["+33612345678", "+33781000001"]
    assert {m["name"] for m in data["messages"]} == {"Claire Dupond", "Zoé Roux"}
    assert f"{list_file}, ligne 3 : numéro fixe" in err
    assert f"{list_file}, ligne 4 : numéro manquant" in err
    code, out, _ = run(capsys, "history", "--json")
    assert json.loads(out)["total"] == 2


def test_send_list_with_a_broken_file_sends_nothing(home, tmp_path, capsys):
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    code, _, err = run(capsys, "send", "--list", str(path), "--text", "Bonjour")
    assert code == 1 and "vide" in err and err.count("\n") == 1
    assert err.startswith("ellipses-sms : « vide.csv » est vide")
    code, out, _ = run(capsys, "history", "--json")
    assert json.loads(out)["total"] == 0
