"""The demo bookstore database and the read-only connection to a bookstore database."""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from datetime import date

import pytest
from sqlalchemy.exc import DBAPIError

from ellipses_sms import bookstore, phone
from tests import import_fixtures as fx
from tests.import_fixtures import sha256, url_of

demo_db = fx.demo_db  # shared fixtures
demo_copy = fx.demo_copy

DAY = date(2026, 3, 14)


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_demo_is_reproducible_from_its_seed(tmp_path):
    a = bookstore.generate_demo(tmp_path / "a.sqlite3", customers=300, seed=11, today=DAY)
    b = bookstore.generate_demo(tmp_path / "b.sqlite3", customers=300, seed=11, today=DAY)
    c = bookstore.generate_demo(tmp_path / "c.sqlite3", customers=300, seed=12, today=DAY)
    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_demo_looks_like_a_real_customer_file(demo_db):
    conn = sqlite3.connect(demo_db)
    rows = conn.execute(
        "SELECT titre, nom, prenom, raison_sociale, telephone_portable, telephone_fixe, "
        "alerte_sms_reception, news_sms FROM clients"
    ).fetchall()
    assert len(rows) == 1500
    assert {r[0] for r in rows} == {"M.", "Mme", None}
    assert any("é" in (r[2] or "") or "è" in (r[1] or "") for r in rows)  # French names
    assert any(r[3] for r in rows)  # a few schools, libraries and works councils
    kinds = Counter()
    for r in rows:
        mobile = (r[4] or "").strip()
        if not mobile:
            kinds["fixe" if r[5] else "manquant"] += 1
        else:
            kinds["mobile" if phone.parse(mobile).valid else "mal formé"] += 1
    assert kinds["mobile"] > 0.7 * len(rows)
    assert all(kinds[k] > 10 for k in ("fixe", "manquant", "mal formé"))
    assert {r[6] for r in rows} == {0, 1} and {r[7] for r in rows} == {0, 1}
    categories = {r[0] for r in conn.execute("SELECT libelle FROM categories")}
    assert {"Jeunesse", "BD", "Policier", "Scolaire", "Roman"} <= categories
    waiting = conn.execute(
        "SELECT COUNT(*) FROM commandes WHERE date_reception IS NOT NULL AND date_retrait IS NULL"
    ).fetchone()[0]
    collected = conn.execute(
        "SELECT COUNT(*) FROM commandes WHERE date_retrait IS NOT NULL"
    ).fetchone()[0]
    assert waiting > 0 and collected > 0
    turnover = conn.execute("SELECT SUM(montant) FROM ventes").fetchone()[0]
    assert turnover > 0
    info = dict(conn.execute("SELECT cle, valeur FROM informations"))
    assert info["graine"] == "7" and info["clients"] == "1500"
    conn.close()


def test_generation_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "demo.sqlite3"
    target.write_bytes(b"previous content")

    def boom(*_args):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(bookstore, "_fill", boom)
    with pytest.raises(RuntimeError):
        bookstore.generate_demo(target, customers=10)
    assert target.read_bytes() == b"previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite3"]  # no temp file left


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM clients",
        "UPDATE clients SET news_sms = 1",
        "INSERT INTO categories (libelle) VALUES ('Piratage')",
        "DROP TABLE ventes",
        "CREATE TABLE pirate (x)",
        "PRAGMA user_version = 42",
        "VACUUM",
        "PRAGMA query_only = OFF",
    ],
)
def test_connection_cannot_change_one_byte(demo_copy, statement):
    before = sha256(demo_copy)
    with bookstore.connect(url_of(demo_copy)) as conn:
        with contextlib.suppress(DBAPIError):
            conn.exec_driver_sql(statement)
        # even with query_only switched off, the file itself is opened read-only
        with pytest.raises(DBAPIError):
            conn.exec_driver_sql("DELETE FROM clients")
    assert sha256(demo_copy) == before


def test_attach_cannot_create_a_file(demo_copy, tmp_path):
    target = tmp_path / "pirate.sqlite3"
    with bookstore.connect(url_of(demo_copy)) as conn:
        try:
            conn.exec_driver_sql(f"ATTACH DATABASE '{target}' AS pirate")
            conn.exec_driver_sql("CREATE TABLE pirate.t (x)")
        except DBAPIError:
            pass
    assert not target.exists()  # not even an empty file


def test_no_other_database_can_be_written_either(demo_copy, tmp_path):
    """Past every text check, on the raw connection: no ATTACH, no PRAGMA, no write at all."""
    other = tmp_path / "magasin.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = sha256(other), sha256(demo_copy)
    with bookstore.connect(url_of(demo_copy)) as c:
        raw = c.connection.dbapi_connection
        for statement in (
            "PRAGMA query_only = OFF",
            f"ATTACH DATABASE '{other}' AS s",
            "INSERT INTO s.t VALUES (1)",
            "CREATE TEMP TABLE t (x)",
            "SELECT load_extension('x')",
        ):
            with pytest.raises(sqlite3.Error):
                raw.execute(statement)
        assert raw.execute("SELECT count(*) FROM clients").fetchone()[0] > 0  # reads work
    assert (sha256(other), sha256(demo_copy)) == before


def test_reads_work(demo_db):
    with bookstore.connect(url_of(demo_db)) as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM clients").scalar() == 1500


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////nulle/part/base.sqlite3", "introuvable"),
        ("pas une url ://", "invalide"),
        ("nimportequoi://hote/base", "non pris en charge"),
        ("sqlite://", "fichier"),
    ],
)
def test_unreachable_database_is_a_french_message(url, expected):
    with pytest.raises(bookstore.BookstoreError, match=expected), bookstore.connect(url):
        pass


def test_empty_setting_means_the_demo_database(settings, home):
    url = bookstore.configured_url(settings)
    demo = home / "data" / bookstore.DEMO_FILE_NAME
    assert demo.is_file() and url == f"sqlite:///{demo}"
    assert "démonstration" in bookstore.describe(url)
    settings.set("bookstore_url", str(demo))  # a bare file path is accepted too
    assert bookstore.configured_url(settings) == f"sqlite:///{demo.resolve()}"
    assert bookstore.configured_url(settings, "sqlite:///autre.db") == "sqlite:///autre.db"


def test_describe_hides_the_password():
    shown = bookstore.describe("postgresql://libraire:secret@serveur/ellipses")
    assert "secret" not in shown and "serveur" in shown


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (r"\\SERVEUR\EL2000\clients.sqlite", "file:////SERVEUR/EL2000/clients.sqlite"),
        (r"\\?\UNC\SERVEUR\EL2000\clients.sqlite", "file:////SERVEUR/EL2000/clients.sqlite"),
        (r"C:\EL2000\Base clients#2.sqlite", "file:///C:/EL2000/Base%20clients%232.sqlite"),
        (r"\\?\C:\EL2000\x.sqlite", "file:///C:/EL2000/x.sqlite"),
    ],
)
def test_sqlite_uri_of_windows_paths_shares_included(path, uri):
    from pathlib import PureWindowsPath

    assert bookstore.sqlite_uri(PureWindowsPath(path)) == uri


def test_sqlite_uri_opens_a_file_whose_name_looks_like_a_query(tmp_path):
    path = tmp_path / "base ?mode=rwc #1 %41.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    ro = sqlite3.connect(bookstore.sqlite_uri(path) + "?mode=ro", uri=True)
    assert ro.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    ro.close()


# -- « Tester » in Paramètres: bookstore.check ---------------------------------------------------


def test_check_counts_tables_and_customers_and_changes_nothing(demo_copy):
    before = sha256(demo_copy)
    found = bookstore.check(url_of(demo_copy))
    assert found == bookstore.Found(str(demo_copy), False, 8, fx.DEMO_CUSTOMERS)
    assert sha256(demo_copy) == before


@pytest.mark.parametrize(
    ("tables", "customers", "problem"),
    [(0, None, "empty"), (3, None, "no_customers"), (8, 0, ""), (8, 1500, "")],
)
def test_found_says_when_a_base_is_probably_not_the_bookstores(tables, customers, problem):
    # « Tester » and `ellipses-sms bookstore check` both read this verdict
    assert bookstore.Found("x", False, tables, customers).problem == problem


def test_check_names_the_demo_database(home):
    found = bookstore.check(bookstore.configured_url())
    assert found.demo and found.customers == bookstore.DEMO_CUSTOMERS


@pytest.mark.parametrize(
    "content, code",
    [
        (None, "missing"),
        (b"nom;numero\nDupond;0612345678\n", "not_a_database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "unreachable"),  # a header, then nothing
    ],
)
def test_check_tells_why_it_failed_with_a_code(tmp_path, content, code):
    path = tmp_path / "librairie.sqlite3"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(bookstore.BookstoreError) as caught:
        bookstore.check(url_of(path))
    assert caught.value.code == code
    assert str(caught.value)  # the French sentence the command line prints


def test_check_without_driver_or_unreadable_address(tmp_path):
    with pytest.raises(bookstore.BookstoreError) as caught:
        bookstore.check("mssql+pyodbc://caisse@serveur/EL2000")
    assert caught.value.code == "driver" and caught.value.detail == "pyodbc"
    with pytest.raises(bookstore.BookstoreError) as caught:
        bookstore.check("pas une adresse")
    assert caught.value.code == "invalid"


def test_a_server_password_comes_from_the_keyring_for_its_address_only(memory_keyring, postgres):
    from ellipses_sms import secrets

    base = postgres.new_database().rsplit("/", 1)[1]
    postgres.sql("CREATE TABLE clients (id_client integer PRIMARY KEY)", base)
    role = f"lecteur_{base}"
    postgres.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'Lecture-seule-1'")
    postgres.sql(f"GRANT SELECT ON clients TO {role}", base)
    url = f"postgresql+psycopg://{role}@127.0.0.1:{postgres.port}/{base}"
    with pytest.raises(bookstore.BookstoreError) as caught:
        bookstore.check(url)  # no password anywhere: the server refuses
    assert caught.value.code == "unreachable"
    secrets.set_secret(bookstore.KEYRING_NAME, bookstore.password_key(url), "Lecture-seule-1")
    assert bookstore.check(url).customers == 0
    other = url.replace(f"/{base}", "/postgres")  # another address: not given that password
    with pytest.raises(bookstore.BookstoreError):
        bookstore.check(other)
