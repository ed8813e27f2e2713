"""Import filter scripts: format, checker, discovery, running them on the demo database."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from ellipses_sms import phone
from ellipses_sms.bookstore import CancelToken, QueryCancelled
from ellipses_sms.scripts import runner, sqlcheck
from tests.bookstore_data import bookstore, demo_db, demo_master, sha256

__all__ = ["bookstore", "demo_db", "demo_master"]  # fixtures used below

GOOD = """\
-- name: Clients de test
-- description: Première ligne de la description,
--   suite de la première phrase.
--
--   Second paragraphe.
-- kind: marketing
-- param: ville text "Lyon" "Ville du client"
-- param: montant number 12.5 "Montant minimum (€)"
-- param: mois number 6 "Mois"
-- param: depuis date 2026-01-31 "Depuis le"
-- param: jour date today-30 "Jour"
-- param: rayon choice(Jeunesse|BD|Sciences humaines) BD "Rayon"
-- param: brut text
SELECT nom, portable AS numero, news_sms
FROM clients
WHERE ville = :ville AND :montant > 0 AND :mois > 0 AND :depuis <> '' AND :jour <> ''
  AND :rayon <> '' AND :brut = ''
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def script_of(sql: str, kind: str = "notification", params: str = "") -> str:
    return f"-- name: Essai\n-- kind: {kind}\n{params}{sql}\n"


# -- the format -------------------------------------------------------------------------------


def test_header_is_read():
    s = runner.parse(GOOD, "essai.sql")
    assert s.ok, s.error
    assert s.name == "Clients de test" and s.kind == "marketing" and s.marketing
    assert s.description == (
        "Première ligne de la description, suite de la première phrase.\n\nSecond paragraphe."
    )
    p = {x.key: x for x in s.params}
    assert list(p) == ["ville", "montant", "mois", "depuis", "jour", "rayon", "brut"]
    assert (p["ville"].type, p["ville"].default, p["ville"].label) == (
        "text",
        "Lyon",
        "Ville du client",
    )
    assert p["montant"].decimals and p["montant"].default == 12.5
    assert not p["mois"].decimals and p["mois"].default == 6
    assert p["depuis"].default == date(2026, 1, 31)
    assert p["jour"].initial() == date.today() - timedelta(days=30)
    assert p["rayon"].choices == ("Jeunesse", "BD", "Sciences humaines")
    assert p["rayon"].default == "BD"
    assert (p["brut"].type, p["brut"].default, p["brut"].label) == ("text", "", "brut")
    assert s.sql_line == 14


def test_values_are_converted_with_french_errors():
    s = runner.parse(GOOD, "essai.sql")
    values = s.values({"montant": "1 000,5", "mois": "3", "depuis": "31/12/2025", "rayon": "bd"})
    assert values["montant"] == 1000.5 and values["mois"] == 3
    assert values["depuis"] == date(2025, 12, 31) and values["rayon"] == "BD"
    assert values["ville"] == "Lyon" and values["brut"] == ""
    with pytest.raises(runner.ParamError, match="n'est pas un nombre"):
        s.values({"mois": "six"})
    with pytest.raises(runner.ParamError, match="nombre entier"):
        s.values({"mois": "2,5"})
    with pytest.raises(runner.ParamError, match="n'est pas une date"):
        s.values({"depuis": "hier"})
    with pytest.raises(runner.ParamError, match="choix possible"):
        s.values({"rayon": "Cuisine"})
    with pytest.raises(runner.ParamError, match="paramètre inconnu : ville2"):
        s.values({"ville2": "x"})


BROKEN = [
    ("-- description: sans nom\nSELECT 1 AS nom, 2 AS numero", 1, "sans « -- name: »"),
    ("-- name: x\n-- kind: pub\nSELECT 1", 2, "kind: pub"),
    ('-- name: x\n-- param: a nombre 1 "A"\nSELECT :a', 2, "paramètre mal écrit"),
    ('-- name: x\n-- param: a number abc "A"\nSELECT :a', 2, "valeur par défaut invalide"),
    ('-- name: x\n-- param: a choice(b|c) d "A"\nSELECT :a', 2, "valeur par défaut invalide"),
    ("-- name: x\n-- param: a text\n-- param: a text\nSELECT :a", 3, "déclaré deux fois"),
    (
        "-- name: x\nSELECT nom,\n  portable AS numero\nFROM clients WHERE ville = :ville",
        4,
        ":ville",
    ),
    ("-- name: x\n\nSELECT 1 AS nom;\nDELETE FROM clients", 4, "une seule requête"),
    (
        "-- name: x\nSELECT 1 AS nom,\n 2 AS numero\nFROM clients; UPDATE clients SET x = 1",
        4,
        "une seule",
    ),
    ("-- name: x\nDELETE FROM clients", 2, "SELECT ou WITH"),
    ("-- name: x\nWITH a AS (SELECT 1)\nDELETE FROM clients", 3, "« DELETE » n'est pas permis"),
    ("-- name: x\nSELECT 'abc AS nom", 2, "non refermé"),
    ("-- name: x\nSELECT 1 /* commentaire", 2, "non refermé"),
    ("-- name: x\nSELECT * FROM t WHERE a = ?", 2, "« ? »"),
    ("-- name: x\n", 2, "aucune requête"),
]


@pytest.mark.parametrize(("text", "line", "message"), BROKEN)
def test_broken_scripts_say_file_line_and_why(text, line, message):
    s = runner.parse(text, "/chemin/mon_script.sql", runner.USER)
    assert not s.ok
    assert s.error.line == line, s.error
    assert message in s.error.message
    assert str(s.error).startswith(f"mon_script.sql, ligne {line} : ")
    with pytest.raises(runner.ScriptError):
        runner.run(s, None)  # type: ignore[arg-type]


def test_words_in_strings_comments_and_quoted_names_are_fine():
    sql = """SELECT 'DELETE FROM clients; DROP' AS nom, "update" AS numero, -- INSERT
  replace(portable, ' ', '') AS autre /* ATTACH ; PRAGMA */, '10:30' AS heure
FROM clients WHERE nom <> 'O''Brien; DROP TABLE x';"""
    tokens = sqlcheck.check_read_only(sql)
    assert sqlcheck.binds(tokens) == []  # ':30' inside a string is not a parameter
    assert r"'10\:30'" in sqlcheck.for_sqlalchemy(tokens)
    for bad in ("REPLACE INTO t VALUES (1)", "SELECT 1 INTO nouvelle_table FROM t"):
        with pytest.raises(sqlcheck.SqlCheckError):
            sqlcheck.check_read_only(bad)


# -- discovery --------------------------------------------------------------------------------


def test_shipped_scripts_are_all_valid_and_at_least_six():
    shipped = [s for s in runner.discover(Path("/nonexistent")) if s.source == runner.SHIPPED]
    assert len(shipped) >= 6
    for s in shipped:
        assert s.ok, s.error
        assert s.description and s.name
    kinds = {s.ident: s.kind for s in shipped}
    assert kinds["commandes_recues"] == "notification"
    for ident in ("clients_news_sms", "meilleurs_clients", "clients_inactifs"):
        assert kinds[ident] == "marketing"


def test_a_broken_user_script_is_listed_and_hides_nothing(home):
    from ellipses_sms import paths

    folder = paths.user_scripts_dir()
    write(folder, "a_bon.sql", script_of("SELECT nom, portable AS numero FROM clients"))
    write(folder, "b_casse.sql", "-- name: Cassé\nSELECT 1 AS nom;\nDROP TABLE clients\n")
    write(folder, "c_illisible.sql", "")
    found = runner.discover()
    user = {s.ident: s for s in found if s.source == runner.USER}
    assert set(user) == {"a_bon", "b_casse", "c_illisible"}
    assert user["a_bon"].ok
    assert str(user["b_casse"].error) == (
        "b_casse.sql, ligne 3 : une seule requête par script "
        "(un « ; » est suivi d'une autre instruction)"
    )
    assert "name" in str(user["c_illisible"].error)
    assert sum(s.source == runner.SHIPPED and s.ok for s in found) >= 6


def test_find_by_id_name_or_path(home, tmp_path):
    from ellipses_sms import paths

    assert runner.find("clients_news_sms").source == runner.SHIPPED
    assert runner.find("Clients acceptant les News par SMS").ident == "clients_news_sms"
    own = write(paths.user_scripts_dir(), "clients_news_sms.sql", script_of("SELECT 1 AS nom"))
    assert runner.find("clients_news_sms").path == own  # the bookstore's own one wins
    elsewhere = write(tmp_path / "ailleurs", "x.sql", script_of("SELECT 1 AS nom"))
    assert runner.find(str(elsewhere)).source == runner.FILE
    assert runner.find("meilleurs_clients.sql").ident == "meilleurs_clients"
    with pytest.raises(runner.ScriptError, match="script inconnu"):
        runner.find("n_existe_pas")
    with pytest.raises(runner.ScriptError, match="script inconnu"):
        runner.find("n_existe_pas.sql")
    with pytest.raises(runner.ScriptError, match="introuvable"):
        runner.find(str(tmp_path / "absent.sql"))


# -- running on the demo database -------------------------------------------------------------

PARAMS = {"clients_auteur_editeur": {"recherche": "Verne"}}


def _shipped():
    return [s for s in runner.discover(Path("/nonexistent")) if s.source == runner.SHIPPED]


@pytest.mark.parametrize("script", _shipped(), ids=lambda s: s.ident)
def test_each_shipped_script_runs_on_the_demo_database(bookstore, demo_db, script):
    before = sha256(demo_db)
    result = runner.run(script, bookstore, PARAMS.get(script.ident), "FR", keep_rows=5)
    assert result.rows > 0 and result.recipients
    assert len(result.first_rows) == min(5, result.rows)
    assert all(r.valid and r.number.startswith("+") for r in result.recipients)
    assert len({r.number for r in result.recipients}) == len(result.recipients)
    assert result.rows == len(result.recipients) + len(result.refused) + result.duplicates
    for refused in result.refused:
        assert refused.row >= 1 and refused.reason
    assert sha256(demo_db) == before


FULL_NAME = "coalesce(raison_sociale, trim(coalesce(prenom, '') || ' ' || coalesce(nom, '')))"


def _consent_by_customer(db_path) -> dict[tuple[str, str], set[int]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute(f"SELECT {FULL_NAME}, portable, news_sms FROM clients").fetchall()
    conn.close()
    flags: dict[tuple[str, str], set[int]] = {}
    for name, number, news in rows:
        parsed = phone.parse(number or "", "FR")
        if parsed.valid:
            flags.setdefault((name, parsed.e164), set()).add(news)
    return flags


@pytest.mark.parametrize("script", [s for s in _shipped() if s.marketing], ids=lambda s: s.ident)
def test_marketing_scripts_never_return_a_customer_without_news_consent(bookstore, demo_db, script):
    flags = _consent_by_customer(demo_db)
    result = runner.run(script, bookstore, PARAMS.get(script.ident))
    assert result.recipients
    for r in result.recipients:
        assert flags[(r.name, r.number)] == {1}, r


def test_marketing_consent_is_enforced_even_when_the_sql_forgets_it(bookstore, demo_db):
    careless = runner.parse(
        script_of(
            f"SELECT {FULL_NAME} AS nom, portable AS numero, news_sms FROM clients", "marketing"
        ),
        "oubli.sql",
    )
    result = runner.run(careless, bookstore)
    flags = _consent_by_customer(demo_db)
    assert result.recipients
    assert all(1 in flags[(r.name, r.number)] for r in result.recipients)
    dropped = [r for r in result.refused if "News par SMS" in r.reason]
    conn = sqlite3.connect(demo_db)
    (without,) = conn.execute("SELECT count(*) FROM clients WHERE news_sms = 0").fetchone()
    conn.close()
    assert len(dropped) == without
    no_column = runner.parse(
        script_of("SELECT nom, portable AS numero FROM clients", "marketing"), "sans.sql"
    )
    with pytest.raises(runner.ScriptError, match="doit renvoyer la colonne news_sms"):
        runner.run(no_column, bookstore)


def test_receptions_give_book_titles_and_dates(bookstore, demo_db):
    script = runner.find("commandes_recues")
    result = runner.run(script, bookstore)
    first = result.recipients[0]
    assert first.fields["titre_ouvrage"]
    day = date(*map(int, reversed(first.fields["date_reception"].split("/"))))
    assert date.today() - timedelta(days=30) <= day <= date.today()
    assert first.fields["titre"] in ("M.", "Mme", "")
    assert "prenom" in first.fields
    # a window in the future finds nobody
    assert runner.run(script, bookstore, {"depuis": date.today() + timedelta(days=1)}).rows == 0


def test_parameters_are_bound_never_pasted(bookstore, demo_db):
    before = sha256(demo_db)
    script = runner.find("clients_news_sms")
    everyone = runner.run(script, bookstore).rows
    for attempt in (
        "x' OR '1'='1",
        "'; DROP TABLE clients; --",
        "Lyon' UNION SELECT nom, portable, '', '', '', '', 1 FROM clients --",
    ):
        assert runner.run(script, bookstore, {"ville": attempt}).rows == 0
    lyon = runner.run(script, bookstore, {"ville": "lyon"})
    assert 0 < lyon.rows < everyone
    assert {r.fields["ville"] for r in lyon.recipients} == {"Lyon"}
    assert sha256(demo_db) == before


MALICIOUS = [
    "INSERT INTO clients (nom, date_creation) VALUES ('Intrus', '2020-01-01')",
    "UPDATE clients SET news_sms = 1",
    "DELETE FROM clients",
    "DROP TABLE clients",
    "ATTACH DATABASE '{dir}/intrus.db' AS intrus",
    "PRAGMA journal_mode = WAL",
    "PRAGMA user_version = 7",
    "PRAGMA query_only = OFF",
    "SELECT nom, portable AS numero FROM clients; DELETE FROM clients",
    "WITH x AS (SELECT 1) UPDATE clients SET nom = 'x'",
    "CREATE TABLE intrus AS SELECT * FROM clients",
    "VACUUM",
    "SELECT load_extension('/tmp/intrus') AS nom, 1 AS numero",
]


@pytest.mark.parametrize("sql", MALICIOUS)
def test_writing_scripts_are_refused_and_the_database_keeps_every_byte(
    home, bookstore, demo_db, sql
):
    from ellipses_sms import paths

    sql = sql.format(dir=demo_db.parent)
    before = sha256(demo_db)
    path = write(paths.user_scripts_dir(), "intrus.sql", script_of(sql))
    script = runner.find("intrus")
    assert not script.ok  # the checker refuses it, with the line…
    assert script.error.path == path and script.error.line
    with pytest.raises(runner.ScriptError):
        runner.run(script, bookstore)
    # …and if the checker had let it through, the connection refuses it all the same
    forced = dataclasses.replace(
        script, error=None, tokens=tuple(sqlcheck.tokenize(sql, 3)), sql=sql, sql_line=3
    )
    with pytest.raises(runner.ScriptError, match="la base a refusé"):
        runner.run(forced, bookstore)
    assert sha256(demo_db) == before
    assert sorted(p.name for p in demo_db.parent.iterdir()) == ["librairie.sqlite3"]


def test_database_errors_point_at_the_line(home, bookstore):
    from ellipses_sms import paths

    write(
        paths.user_scripts_dir(),
        "faute.sql",
        "-- name: Faute de frappe\nSELECT nom,\n       portabl AS numero\nFROM clients\n",
    )
    script = runner.find("faute")
    assert script.ok  # only the database can tell
    with pytest.raises(runner.ScriptError) as info:
        runner.run(script, bookstore)
    assert (
        str(info.value)
        == "faute.sql, ligne 3 : la base a refusé la requête : no such column: portabl"
    )
    write(paths.user_scripts_dir(), "table.sql", "-- name: T\n\nSELECT * FROM client\n")
    with pytest.raises(runner.ScriptError, match=r"ligne 3 .*no such table: client"):
        runner.run(runner.find("table"), bookstore)


def test_columns_aliases_missing_columns_and_refused_rows(bookstore):
    aliases = runner.parse(
        script_of(
            "SELECT 'Claire Dupond' AS Name, '06 12 34 56 78' AS Number, 'Claire' AS prenom "
            "UNION ALL SELECT 'Fixe', '04 78 00 00 00', 'x' "
            "UNION ALL SELECT 'Vide', NULL, 'y' "
            "UNION ALL SELECT 'Double', '+33612345678', 'z'"
        ),
        "alias.sql",
    )
    result = runner.run(aliases, bookstore)
    assert [(r.name, r.number, dict(r.fields)) for r in result.recipients] == [
        ("Claire Dupond", "+33612345678", {"prenom": "Claire"})
    ]
    assert [(x.row, x.name) for x in result.refused] == [(2, "Fixe"), (3, "Vide")]
    assert "fixe" in result.refused[0].reason and result.refused[1].reason == "numéro manquant"
    assert result.duplicates == 1
    assert "ligne 2 : Fixe « 04 78 00 00 00 »" in result.report()
    missing = runner.parse(script_of("SELECT nom FROM clients"), "manque.sql")
    with pytest.raises(runner.ScriptError, match=r"colonne numero .*colonnes reçues : nom"):
        runner.run(missing, bookstore)


def test_a_long_script_is_cancelled(bookstore):
    slow = runner.parse(
        script_of(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            "WHERE i < 10000000000) SELECT 'x' AS nom, count(*) AS numero FROM n"
        ),
        "lent.sql",
    )
    token = CancelToken()
    timer = threading.Timer(0.3, token.cancel)
    timer.start()
    with pytest.raises(QueryCancelled):
        runner.run(slow, bookstore, cancel=token)
    timer.join()


def test_save_writes_a_list_file(tmp_path, bookstore):
    result = runner.run(runner.find("commandes_recues"), bookstore)
    target = tmp_path / "reception.csv"
    assert runner.save(target, result.recipients) == len(result.recipients)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Nom;")
    assert result.recipients[0].number in text
    fallback = tmp_path / "repli.csv"
    assert runner._write_csv(fallback, result.recipients) == len(result.recipients)
    lines = fallback.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Nom;Téléphone;titre;prenom")
    assert len(lines) == len(result.recipients) + 1
