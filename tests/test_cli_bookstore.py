"""`ellipses-sms bookstore check` through the real command line: the « Tester » of Paramètres."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time

import pytest

from ellipses_sms import bookstore
from ellipses_sms.cli import EXIT_FAILED, EXIT_OK, main
from ellipses_sms.settings import Settings
from tests import import_fixtures as fx
from tests.import_fixtures import sha256, url_of

demo_db = fx.demo_db  # shared fixtures
demo_copy = fx.demo_copy


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *argv: str) -> tuple[int, dict, str]:
    code, out, err = run(capsys, "bookstore", "check", "--json", *argv)
    data = json.loads(out)
    assert set(data) == {"ok", "where", "demo", "tables", "customers", "error"}
    return code, data, err


@pytest.fixture
def refusing_port():
    """A loopback port bound by nobody listening: a connection there is refused at once."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # bound, never listen(): nobody else can take it meanwhile
    yield sock.getsockname()[1]
    sock.close()


# -- the base answers -----------------------------------------------------------------------


def test_without_db_it_checks_the_demo_base_made_on_first_use(home, capsys):
    code, out, err = run(capsys, "bookstore", "check")
    assert code == EXIT_OK and err == ""
    demo = home / "data" / bookstore.DEMO_FILE_NAME
    assert demo.is_file()
    first, second = out.splitlines()
    assert first == f"Base librairie : base de démonstration ({demo})"
    assert second.startswith("Base de démonstration : 5 000 clients fictifs (8 tables)")
    code, data, _ = check_json(capsys)
    assert code == EXIT_OK
    assert data == {
        "ok": True,
        "where": f"base de démonstration ({demo})",
        "demo": True,
        "tables": 8,
        "customers": bookstore.DEMO_CUSTOMERS,
        "error": None,
    }


def test_without_db_it_checks_the_configured_base(home, demo_copy, capsys):
    settings = Settings()
    settings.set("bookstore_url", str(demo_copy))  # a bare file path, as Paramètres keeps it
    settings.save()
    code, out, _ = run(capsys, "bookstore", "check")
    assert code == EXIT_OK
    assert out.splitlines() == [
        f"Base librairie : {demo_copy.resolve()}",
        "Connexion réussie : 1 500 clients (8 tables dans la base).",
    ]
    assert not (home / "data" / bookstore.DEMO_FILE_NAME).exists()  # no demo made for nothing


def test_db_names_another_base_and_nothing_changes(home, demo_copy, capsys):
    before = sha256(demo_copy)
    code, data, err = check_json(capsys, "--db", url_of(demo_copy))
    assert code == EXIT_OK and err == ""
    assert data["ok"] and not data["demo"] and data["error"] is None
    assert (data["where"], data["tables"], data["customers"]) == (
        str(demo_copy),
        8,
        fx.DEMO_CUSTOMERS,
    )
    assert sha256(demo_copy) == before


def test_the_demo_db_command_then_check(home, tmp_path, capsys):
    path = tmp_path / "essai.sqlite3"
    assert run(capsys, "demo-db", str(path), "--customers", "3")[0] == EXIT_OK
    code, out, _ = run(capsys, "bookstore", "check", "--db", str(path))
    assert code == EXIT_OK
    assert out.splitlines()[-1] == "Connexion réussie : 3 clients (8 tables dans la base)."


# -- the base does not answer, or is not the bookstore's -------------------------------------


def test_a_missing_file(home, tmp_path, capsys):
    path = tmp_path / "Z" / "librairie.sqlite3"
    code, out, err = run(capsys, "bookstore", "check", "--db", str(path))
    assert code == EXIT_FAILED
    assert out == f"Base librairie : {path}\n"
    assert err == f"ellipses-sms : Base librairie introuvable : {path}\n"
    code, data, err = check_json(capsys, "--db", str(path))
    assert code == EXIT_FAILED and not data["ok"]
    assert data["tables"] is None and data["customers"] is None
    assert data["error"] == {"code": "missing", "message": f"Base librairie introuvable : {path}"}
    assert "introuvable" in err  # the sentence on stderr with --json too


def test_a_file_that_is_not_sqlite(home, tmp_path, capsys):
    path = tmp_path / "clients.csv"
    path.write_text("nom;numero\nDupond;0612345678\n", encoding="utf-8")
    code, data, err = check_json(capsys, "--db", str(path))
    assert code == EXIT_FAILED
    assert data["error"]["code"] == "not_a_database"
    assert err == f"ellipses-sms : Ce fichier n'est pas une base SQLite : {path}\n"


def test_a_sqlite_base_without_a_customers_table(home, tmp_path, capsys):
    path = tmp_path / "compta.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE factures (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE fournisseurs (id INTEGER PRIMARY KEY)")
    conn.close()
    code, out, err = run(capsys, "bookstore", "check", "--db", str(path))
    assert code == EXIT_FAILED  # it opens, but it is not the bookstore's: as « Tester » says
    assert out == f"Base librairie : {path}\n"
    assert "Base ouverte (2 tables), mais sans table « clients »" in err
    code, data, _ = check_json(capsys, "--db", str(path))
    assert (data["ok"], data["tables"], data["customers"]) == (False, 2, None)
    assert data["error"]["code"] == "no_customers"


def test_an_empty_sqlite_base(home, tmp_path, capsys):
    path = tmp_path / "vide.sqlite3"
    path.write_bytes(b"")  # SQLite opens an empty file as a base with no table
    code, data, err = check_json(capsys, "--db", str(path))
    assert code == EXIT_FAILED
    assert (data["tables"], data["customers"], data["error"]["code"]) == (0, None, "empty")
    assert "aucune table" in err


def test_a_server_that_refuses_answers_at_once_and_hides_the_password(home, capsys, refusing_port):
    url = f"postgresql://lecteur:Secret-Libr-42@127.0.0.1:{refusing_port}/ellipses"
    start = time.monotonic()
    code, out, err = run(capsys, "bookstore", "check", "--db", url)
    assert time.monotonic() - start < 8  # refused, not the 10 s connect timeout
    assert code == EXIT_FAILED
    assert out == f"Base librairie : postgresql://lecteur:***@127.0.0.1:{refusing_port}/ellipses\n"
    assert err.startswith("ellipses-sms : Connexion à la base librairie impossible : ")
    assert "Secret-Libr-42" not in out + err
    # postgresql:// goes through psycopg 3, the driver shipped (not « psycopg2 absent »)
    code, data, _ = check_json(capsys, "--db", url)
    assert code == EXIT_FAILED and data["error"]["code"] == "unreachable"
    assert "Secret-Libr-42" not in json.dumps(data)


def test_a_base_whose_driver_is_missing(home, capsys):
    code, data, err = check_json(capsys, "--db", "mssql+pyodbc://caisse@serveur/EL2000")
    assert code == EXIT_FAILED and data["error"]["code"] == "driver"
    assert "pyodbc" in err


def test_usage_errors_exit_2(home, capsys):
    assert run(capsys, "bookstore")[0] == 2
    assert run(capsys, "bookstore", "check", "--base", "x")[0] == 2


def test_json_is_utf8_whatever_the_console(home):
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    proc = subprocess.run(
        [sys.executable, "-m", "ellipses_sms", "bookstore", "check", "--json"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == EXIT_OK, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["where"].startswith("base de démonstration (")


def test_building_the_parser_imports_no_database_code():
    code = (
        "import sys; from ellipses_sms import cli; cli.build_parser(); "
        "print(any(m in sys.modules for m in ('sqlalchemy', 'ellipses_sms.bookstore')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert proc.stdout.strip() == "False"
