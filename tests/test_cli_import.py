"""`scripts`, `import` and `demo-db` through the real command line."""

from __future__ import annotations

import json
import sqlite3

from ellipses_sms.cli import main
from tests import import_fixtures as fx
from tests.import_fixtures import sha256, url_of

demo_db = fx.demo_db  # shared fixtures
demo_copy = fx.demo_copy


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_scripts_json_lists_descriptions_and_parameters(home, capsys):
    code, out, _ = run(capsys, "scripts", "--json")
    assert code == 0
    data = {s["key"]: s for s in json.loads(out)}
    assert len(data) >= 6
    category = data["clients_categorie"]
    assert category["kind"] == "marketing" and category["shipped"] and category["error"] is None
    assert category["description"]
    param = category["params"][0]
    assert param["type"] == "choice" and "Jeunesse" in param["choices"]


def test_scripts_shows_a_broken_user_script(home, capsys):
    folder = home / "data" / "scripts"
    folder.mkdir(parents=True)
    (folder / "casse.sql").write_text("-- name: Casse\nDROP TABLE clients", encoding="utf-8")
    code, out, _ = run(capsys, "scripts")
    assert code == 1
    assert f"ERREUR : {folder / 'casse.sql'}, ligne 2 :" in out
    assert "news_sms — Clients acceptant les news SMS" in out
    code, out, _ = run(capsys, "scripts", "--json")
    assert code == 1  # the same verdict as without --json
    broken = [s for s in json.loads(out) if s["error"]]
    assert len(broken) == 1 and "ligne 2" in broken[0]["error"]


def test_import_json(home, demo_db, capsys):
    code, out, _ = run(capsys, "import", "--script", "news_sms", "--db", url_of(demo_db), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["script"] == "news_sms" and data["rows"] > 100
    first = data["recipients"][0]
    assert first["e164"].startswith("+") and {"name", "prenom", "titre"} <= set(first)
    assert data["refused"][0].keys() == {"row", "name", "number", "reason"}
    assert data["rows"] == len(data["recipients"]) + len(data["refused"])


def test_import_with_params_text_output(home, demo_db, capsys):
    code, out, _ = run(
        capsys,
        "import",
        "--script",
        "Meilleurs clients",
        "--db",
        str(demo_db),  # a bare file path works too
        "--param",
        "ca_min=50",
        "--param",
        "depuis=01/01/2000",
    )
    assert code == 0
    assert "destinataire(s)" in out.splitlines()[-1]
    assert out.splitlines()[0].startswith("+33 ")


def test_import_save_writes_a_list_file(home, demo_copy, tmp_path, capsys):
    from ellipses_sms import listfiles

    before = sha256(demo_copy)
    target = tmp_path / "alerte.csv"
    code, out, _ = run(
        capsys,
        "import",
        "--script",
        "commandes_recues",
        "--db",
        url_of(demo_copy),
        "--save",
        str(target),
    )
    assert code == 0 and target.is_file()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    back = listfiles.read(target)
    assert len(back.recipients) > 0
    assert "enregistrés dans" in out
    assert sha256(demo_copy) == before


def test_import_a_script_file_by_path(home, demo_db, tmp_path, capsys):
    path = tmp_path / "lyon.sql"
    path.write_text(
        '-- name: Lyonnais\n-- param: ville text Lyon "Ville"\n'
        "SELECT nom, telephone_portable AS numero FROM clients WHERE ville = :ville",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", "--script", str(path), "--db", url_of(demo_db), "--json")
    assert code == 0
    conn = sqlite3.connect(demo_db)
    lyon = conn.execute("SELECT COUNT(*) FROM clients WHERE ville = 'Lyon'").fetchone()[0]
    assert json.loads(out)["rows"] == lyon


def test_import_errors_are_one_french_line(home, demo_db, tmp_path, capsys):
    db = url_of(demo_db)
    code, _, err = run(capsys, "import", "--script", "news_sms", "--db", db, "--param", "x")
    assert code == 2 and "clé=valeur" in err
    code, _, err = run(
        capsys, "import", "--script", "meilleurs_clients", "--db", db, "--param", "ca_min=beaucoup"
    )
    assert code == 2 and "n'est pas un nombre" in err
    code, _, err = run(capsys, "import", "--script", "news_sms", "--db", str(tmp_path / "no.db"))
    assert code == 1 and "introuvable" in err and "Traceback" not in err
    bad = tmp_path / "bad.sql"
    bad.write_text("-- name: Bad\nSELECT nom, numero FROM clients; DELETE FROM clients")
    code, _, err = run(capsys, "import", "--script", str(bad), "--db", db)
    assert code == 1 and f"{bad}, ligne 2 :" in err and len(err.strip().splitlines()) == 1


def test_demo_db_command(home, tmp_path, capsys):
    target = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo-db", str(target), "--customers", "40", "--seed", "3")
    assert code == 0 and "40 clients" in out
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT COUNT(*) FROM clients").fetchone()[0] == 40
    conn.close()
    code, _, err = run(capsys, "demo-db", str(target))
    assert code == 1 and "existe déjà" in err
    code, _, _ = run(capsys, "demo-db", str(target), "--customers", "5", "--force")
    assert code == 0
