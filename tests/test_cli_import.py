"""The command line of the import: `scripts`, `import`, `demo-db`."""

from __future__ import annotations

import json
import sqlite3

from ellipses_sms.cli import main
from tests.bookstore_data import demo_db, demo_master, sha256

__all__ = ["demo_db", "demo_master"]  # fixtures used below


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_scripts_json_lists_shipped_and_broken_user_scripts(home, capsys):
    from ellipses_sms import paths

    (paths.user_scripts_dir() / "casse.sql").write_text(
        "-- name: Cassé\n-- param: x nombre 1\nSELECT 1\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "scripts", "--json")
    assert code == 0 and err == ""
    listed = {s["id"]: s for s in json.loads(out)}
    assert sum(s["source"] == "shipped" and s["error"] is None for s in listed.values()) >= 6
    news = listed["clients_news_sms"]
    assert news["kind"] == "marketing" and news["description"]
    assert news["parameters"] == [
        {
            "key": "ville",
            "type": "text",
            "default": "",
            "value": "",
            "label": "Ville (vide : toutes)",
            "choices": [],
        }
    ]
    assert listed["casse"]["source"] == "user"
    assert listed["casse"]["error"].startswith("casse.sql, ligne 2 : paramètre mal écrit")


def test_scripts_human_output(home, capsys):
    code, out, _ = run(capsys, "scripts")
    assert code == 0
    assert "commandes_recues — Commandes reçues non retirées" in out
    assert "--param categorie=…  Catégorie (choix : Jeunesse | BD |" in out
    assert "Dossier des scripts de la librairie :" in out


def test_import_json_with_param(home, demo_db, capsys):
    before = sha256(demo_db)
    code, out, _err = run(
        capsys,
        "import",
        "--script",
        "clients_news_sms",
        "--db",
        f"sqlite:///{demo_db}",
        "--param",
        "ville=Villeurbanne",
        "--json",
    )
    data = json.loads(out)
    assert data["script"] == "clients_news_sms" and data["kind"] == "marketing"
    assert data["recipients"] and all(r["e164"].startswith("+") for r in data["recipients"])
    assert {r["ville"] for r in data["recipients"]} == {"Villeurbanne"}
    assert data["rows"] == len(data["recipients"]) + len(data["refused"]) + data["duplicates"]
    assert code == (1 if data["refused"] else 0)
    assert all({"row", "name", "number", "reason"} <= set(x) for x in data["refused"])
    assert sha256(demo_db) == before


def test_import_human_output_and_save(home, demo_db, tmp_path, capsys):
    target = tmp_path / "reception.csv"
    code, out, err = run(
        capsys,
        "import",
        "--script",
        "commandes_recues",
        "--db",
        f"sqlite:///{demo_db}",
        "--save",
        str(target),
    )
    assert code in (0, 1)
    assert "Commandes reçues non retirées (alerte réception) :" in out.splitlines()[-1]
    assert "destinataire(s) enregistré(s)" in err
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    printed = [line for line in out.splitlines() if line.startswith("+")]
    assert len(lines) == len(printed) + 1


def test_import_uses_the_demo_database_by_default(home, capsys):
    from ellipses_sms import bookstore

    _code, out, _ = run(capsys, "import", "--script", "clients_alerte_reception", "--json")
    assert bookstore.demo_path().is_file()
    assert len(json.loads(out)["recipients"]) > 1000


def test_import_a_script_file_by_path(home, demo_db, tmp_path, capsys):
    script = tmp_path / "mes_clients.sql"
    script.write_text(
        '-- name: Mes clients\n-- param: n number 3 "Combien"\n'
        "SELECT nom, portable AS numero FROM clients "
        "WHERE portable LIKE '06 %' ORDER BY id LIMIT :n\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys, "import", "--script", str(script), "--db", f"sqlite:///{demo_db}", "--json"
    )
    assert code == 0 and len(json.loads(out)["recipients"]) == 3


def test_import_errors_are_one_french_line(home, demo_db, tmp_path, capsys):
    db = f"sqlite:///{demo_db}"
    code, _, err = run(capsys, "import", "--script", "inconnu", "--db", db)
    assert code == 1 and err.startswith("ellipses-sms : script inconnu") and err.count("\n") == 1
    code, _, err = run(
        capsys, "import", "--script", "meilleurs_clients", "--db", db, "--param", "montant=beaucoup"
    )
    assert code == 2 and "n'est pas un nombre" in err and err.count("\n") == 1
    code, _, err = run(capsys, "import", "--script", "meilleurs_clients", "--param", "montant")
    assert code == 2 and "clé=valeur" in err
    code, _, err = run(capsys, "import", "--script", "clients_news_sms", "--param", "x=1")
    assert code == 2 and "paramètre inconnu : x" in err
    missing = tmp_path / "absente.db"
    code, _, err = run(
        capsys, "import", "--script", "clients_news_sms", "--db", f"sqlite:///{missing}"
    )
    assert code == 1 and "introuvable" in err and err.count("\n") == 1
    assert not missing.exists()


def test_import_of_a_writing_script_changes_nothing(home, demo_db, tmp_path, capsys):
    before = sha256(demo_db)
    script = tmp_path / "efface.sql"
    script.write_text(
        "-- name: Efface\nSELECT nom, portable AS numero FROM clients;\nDELETE FROM clients\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", "--script", str(script), "--db", f"sqlite:///{demo_db}")
    assert code == 1
    assert err.startswith("ellipses-sms : efface.sql, ligne 3 : une seule requête par script")
    assert sha256(demo_db) == before


def test_demo_db_command(tmp_path, home, capsys):
    target = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo-db", str(target), "--customers", "120", "--seed", "5")
    assert code == 0 and "120 clients" in out and "graine 5" in out
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM clients").fetchone() == (120,)
    conn.close()
    before = sha256(target)
    code, _, err = run(capsys, "demo-db", str(target))
    assert code == 1 and "existe déjà" in err and sha256(target) == before
    code, _, _ = run(capsys, "demo-db", str(target), "--customers", "80", "--force")
    assert code == 0 and sha256(target) != before
    code, _, err = run(capsys, "demo-db", str(tmp_path / "x.db"), "--customers", "0")
    assert code == 2
