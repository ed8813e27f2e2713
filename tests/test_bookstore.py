"""The bookstore database: the demo generator, and the read-only guarantee of the connection."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest

from ellipses_sms import bookstore as bs
from ellipses_sms import phone
from tests.bookstore_data import CUSTOMERS, bookstore, demo_db, demo_master, sha256

__all__ = ["bookstore", "demo_db", "demo_master"]  # fixtures used below

DAY = date(2026, 3, 14)


def _content(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# -- the demo database ------------------------------------------------------------------------


def test_demo_is_reproducible_from_its_seed(tmp_path):
    a = bs.generate_demo(tmp_path / "a.sqlite3", 400, seed=7, today=DAY)
    b = bs.generate_demo(tmp_path / "b.sqlite3", 400, seed=7, today=DAY)
    c = bs.generate_demo(tmp_path / "c.sqlite3", 400, seed=8, today=DAY)
    assert _content(a.path) == _content(b.path)
    assert sha256(a.path) == sha256(b.path)
    assert _content(a.path) != _content(c.path)
    assert (a.books, a.sales, a.orders) == (b.books, b.sales, b.orders)


def test_demo_holds_what_the_old_customer_card_had(demo_master):
    conn = sqlite3.connect(demo_master)
    q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    assert q("SELECT count(*) FROM clients") == [(CUSTOMERS,)]
    titles = {t for (t,) in q("SELECT DISTINCT titre FROM clients")}
    assert titles == {"M.", "Mme", None}  # None: companies (raison sociale)
    assert q("SELECT count(*) FROM clients WHERE raison_sociale IS NOT NULL")[0][0] > 0
    # the two flags of the customer card, both values present
    (news,) = q("SELECT sum(news_sms) FROM clients")[0]
    (alerts,) = q("SELECT sum(alerte_sms_reception) FROM clients")[0]
    assert 0.25 * CUSTOMERS < news < 0.6 * CUSTOMERS
    assert 0.45 * CUSTOMERS < alerts < 0.8 * CUSTOMERS
    categories = {c for (c,) in q("SELECT libelle FROM categories")}
    assert {"Jeunesse", "BD", "Policier", "Scolaire", "Roman", "Sciences humaines"} <= categories
    assert q("SELECT count(*) FROM livres WHERE auteur_id IS NULL OR editeur_id IS NULL") == [(0,)]
    # orders: received and waiting, received and collected, not received yet
    waiting = q(
        "SELECT count(*) FROM commandes WHERE date_reception NOT NULL AND date_retrait IS NULL"
    )
    collected = q("SELECT count(*) FROM commandes WHERE date_retrait NOT NULL")
    pending = q("SELECT count(*) FROM commandes WHERE date_reception IS NULL")
    assert waiting[0][0] > 0 and collected[0][0] > 0 and pending[0][0] > 0
    # turnover: each sale's amount is the sum of its lines
    mismatch = q(
        "SELECT count(*) FROM ventes v WHERE abs(v.montant - (SELECT sum(quantite * prix_unitaire)"
        " FROM lignes_vente WHERE vente_id = v.id)) > 0.01"
    )
    assert mismatch == [(0,)]
    # numbers as real files hold them: mostly mobiles, some landlines, missing and garbage
    kinds = {"mobile": 0, "landline": 0, "missing": 0, "bad": 0}
    for (number,) in q("SELECT portable FROM clients"):
        if not number:
            kinds["missing"] += 1
            continue
        parsed = phone.parse(number, "FR")
        if parsed.valid:
            kinds["mobile"] += 1
        elif parsed.error is phone.PhoneError.NOT_MOBILE:
            kinds["landline"] += 1
        else:
            kinds["bad"] += 1
    assert kinds["mobile"] > 0.75 * CUSTOMERS
    assert min(kinds.values()) > 0, kinds
    conn.close()


def test_demo_creation_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "demo.sqlite3"
    bs.generate_demo(target, 50, seed=1, today=DAY)
    before = sha256(target)

    def boom(*args, **kwargs):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(bs, "_fill", boom)
    with pytest.raises(RuntimeError):
        bs.generate_demo(target, 50, seed=2, today=DAY)
    assert sha256(target) == before  # the previous file is whole
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite3"]  # no temp file left


def test_demo_is_generated_on_first_use(home, settings):
    assert settings.get("bookstore_url") == ""
    path = bs.demo_path()
    assert not path.exists()
    db = bs.open_bookstore(settings)
    try:
        assert db.sqlite_path == path and path.is_file()
        with db.session() as session:
            columns, rows = session.execute("SELECT count(*) AS n FROM clients", {})
        assert columns == ["n"] and rows[0][0] == bs.DEMO_CUSTOMERS
    finally:
        db.dispose()


def test_setting_points_at_another_database(home, settings, demo_db):
    settings.set("bookstore_url", f"sqlite:///{demo_db}")
    db = bs.open_bookstore(settings)
    assert db.sqlite_path == demo_db
    assert not bs.demo_path().exists()
    other = bs.open_bookstore(settings, url=f"sqlite:///{demo_db.parent / 'x.db'}")
    assert other.sqlite_path == demo_db.parent / "x.db"


# -- the read-only guarantee (without the script checker) -------------------------------------

WRITES = [
    "INSERT INTO clients (nom, date_creation) VALUES ('Intrus', '2020-01-01')",
    "UPDATE clients SET news_sms = 1",
    "DELETE FROM clients",
    "DROP TABLE clients",
    "CREATE TABLE intrus (x)",
    "ALTER TABLE clients ADD COLUMN intrus TEXT",
    "REPLACE INTO categories (id, libelle) VALUES (1, 'Intrus')",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = WAL",
    "PRAGMA user_version = 42",
    "VACUUM",
    "SELECT 1; DELETE FROM clients",
    "WITH x AS (SELECT 1) DELETE FROM clients",
    "SELECT load_extension('/tmp/intrus')",
]


@pytest.mark.parametrize("sql", WRITES)
def test_session_refuses_every_write_and_the_file_is_unchanged(bookstore, demo_db, sql):
    before = sha256(demo_db)
    with pytest.raises(bs.QueryError), bookstore.session() as session:
        session.execute(sql, {})
    with bookstore.session() as session:
        _, rows = session.execute("SELECT count(*), sum(news_sms) FROM clients", {})
    assert rows[0][0] == CUSTOMERS
    assert sha256(demo_db) == before
    assert sorted(p.name for p in demo_db.parent.iterdir()) == ["librairie.sqlite3"]


def test_attach_is_refused_and_creates_no_file(bookstore, demo_db):
    before = sha256(demo_db)
    evil = demo_db.parent / "intrus.db"
    with pytest.raises(bs.QueryError), bookstore.session() as session:
        session.execute(f"ATTACH DATABASE '{evil}' AS intrus", {})
    assert not evil.exists()
    assert sha256(demo_db) == before


@pytest.mark.parametrize("sql", [*WRITES[:7], "PRAGMA user_version = 42"])
def test_even_the_bare_connection_cannot_write(bookstore, demo_db, sql):
    """mode=ro and query_only alone (no authorizer) already refuse: the last line of defence."""
    before = sha256(demo_db)
    raw = bookstore.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("PRAGMA query_only = OFF")  # even switched off, mode=ro stays
        with pytest.raises(sqlite3.Error):
            conn.execute(sql)
            conn.commit()
        with pytest.raises(sqlite3.OperationalError, match="too many attached"):
            conn.execute(f"ATTACH DATABASE '{demo_db.parent / 'x.db'}' AS x")
    finally:
        raw.close()
    assert sha256(demo_db) == before
    assert not (demo_db.parent / "x.db").exists()


def test_other_engines_always_roll_back(demo_db):
    """The path used for PostgreSQL, MySQL, ODBC…: a transaction that is never committed."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    db = bs.Bookstore(f"sqlite:///{demo_db}")
    db.sqlite_path = None  # take the generic engine path, on a writable connection
    db.engine = create_engine(f"sqlite:///{demo_db}", poolclass=NullPool)
    try:
        with db.session() as session:
            with pytest.raises(bs.QueryError, match="aucune ligne"):
                session.execute("UPDATE clients SET news_sms = 1", {})
            _, rows = session.execute("SELECT sum(news_sms) FROM clients", {})
            assert rows[0][0] == CUSTOMERS  # visible inside the transaction…
    finally:
        db.dispose()
    conn = sqlite3.connect(demo_db)
    (news,) = conn.execute("SELECT sum(news_sms) FROM clients").fetchone()
    conn.close()
    assert news < CUSTOMERS  # …and gone after it


# -- errors and cancellation ------------------------------------------------------------------


def test_missing_file_and_bad_urls_are_french_errors(tmp_path):
    db = bs.Bookstore(f"sqlite:///{tmp_path / 'absente.db'}")
    with pytest.raises(bs.BookstoreError, match="introuvable"), db.session():
        pass
    assert not (tmp_path / "absente.db").exists()  # mode=ro never creates it
    with pytest.raises(bs.BookstoreError, match="invalide"):
        bs.Bookstore("pas une url")
    with pytest.raises(bs.BookstoreError, match="sans fichier"):
        bs.Bookstore("sqlite://")
    with pytest.raises(bs.BookstoreError, match=r"non pris en charge|pilote"):
        bs.Bookstore("postgresql+pilote_inconnu://u@localhost/base")


def test_query_error_keeps_the_database_message(bookstore):
    with pytest.raises(bs.QueryError) as info, bookstore.session() as session:
        session.execute("SELECT portabl FROM clients", {})
    assert "no such column: portabl" in info.value.db_message
    assert str(info.value).startswith("La base a refusé la requête")


def test_a_long_query_is_cancelled_from_another_thread(bookstore):
    token = bs.CancelToken()
    endless = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
        "SELECT count(*) FROM n"
    )
    started = threading.Event()

    def cancel_when_started():
        started.wait(10)
        token.cancel()

    canceller = threading.Thread(target=cancel_when_started)
    canceller.start()
    with pytest.raises(bs.QueryCancelled), bookstore.session(token) as session:
        started.set()
        session.execute(endless, {})
    canceller.join()
    # the connection works again for the next session
    with bookstore.session() as session:
        assert session.execute("SELECT 1", {})[1] == [(1,)]


def test_cancel_token_callbacks():
    token = bs.CancelToken()
    calls = []
    remove = token.on_cancel(lambda: calls.append("a"))
    token.on_cancel(lambda: calls.append("b"))
    remove()
    token.cancel()
    assert calls == ["b"] and token.cancelled
    token.on_cancel(lambda: calls.append("late"))  # already cancelled: called at once
    assert calls == ["b", "late"]
    with pytest.raises(bs.QueryCancelled):
        token.check()
