"""Import filter scripts: reading, the read-only check, running on the demo bookstore."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from ellipses_sms.scripts import runner
from ellipses_sms.scripts.runner import ScriptError
from tests import import_fixtures as fx
from tests.import_fixtures import sha256, url_of

demo_db = fx.demo_db  # shared fixtures
demo_copy = fx.demo_copy

GOOD = """\
-- name: Clients d'une ville
-- description: Les clients d'une ville,
--   sur deux lignes.
-- param: ville text "Lyon" "Ville"
-- param: mini number 2.5 "Montant minimum"
-- param: depuis date today-30 "Depuis le"
-- param: genre choice(M.|Mme) Mme "Civilité"
-- kind: marketing
-- (note of the author: ignored)
SELECT prenom || ' ' || nom AS nom, telephone_portable AS numero, titre
FROM clients
WHERE ville = :ville AND titre = :genre AND news_sms = 1
  AND :mini > 0 AND date_creation > :depuis
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- reading --------------------------------------------------------------------------------


def test_parse_reads_the_header():
    script = runner.parse(GOOD, "ville.sql")
    assert script.name == "Clients d'une ville"
    assert script.description == "Les clients d'une ville, sur deux lignes."
    assert script.kind == "marketing"
    assert [(p.key, p.type, p.default, p.label) for p in script.params] == [
        ("ville", "text", "Lyon", "Ville"),
        ("mini", "number", "2.5", "Montant minimum"),
        ("depuis", "date", "today-30", "Depuis le"),
        ("genre", "choice", "Mme", "Civilité"),
    ]
    assert script.params[3].choices == ("M.", "Mme")
    assert script.params[1].decimal
    assert script.sql_line == 10 and script.sql.startswith("SELECT")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("-- name: x\n-- param: ville texte '' 'Ville'\nSELECT 1 AS nom, 2 AS numero", 2, "type"),
        ("-- name: x\n-- kind: publicité\nSELECT 1 AS nom, 2 AS numero", 2, "genre"),
        ('-- name: x\n-- param: n number abc "N"\nSELECT :n AS nom', 2, "nombre"),
        ('-- name: x\n-- param: c choice() "C"\nSELECT :c AS nom', 2, "choix"),
        ("-- name: x\n-- description: rien\n", 2, "aucune requête"),
        ("-- name: x\n\nSELECT nom, numero\nFROM clients\nWHERE id = :id", 3, ":id"),
        ("-- name: x\nSELECT 1 AS nom;\nDELETE FROM clients", 2, "une seule requête"),
        ("-- name: x\n\n\nSELECT 1 AS nom,\n 2 AS numero\nFROM t; DROP TABLE t", 6, "une seule"),
        ("-- name: x\nUPDATE clients SET news_sms = 1", 2, "SELECT ou WITH"),
    ],
)
def test_parse_errors_name_the_line(text, line, words):
    with pytest.raises(ScriptError) as info:
        runner.parse(text, "/scripts/casse.sql")
    assert info.value.line == line
    assert words in info.value.message
    assert str(info.value).startswith(f"/scripts/casse.sql, ligne {line} : ")


@pytest.mark.parametrize("keyword", runner.FORBIDDEN)
def test_every_writing_keyword_is_refused(keyword):
    sql = f"SELECT nom AS nom, numero AS numero FROM clients\nWHERE x IN ({keyword} y)"
    with pytest.raises(ScriptError) as info:
        runner.check_sql(sql, "x.sql", first_line=5)
    assert info.value.line == 6 and keyword in info.value.message


def test_keywords_in_strings_comments_and_quoted_names_are_harmless():
    runner.check_sql(
        "-- DELETE, DROP in a comment\n"
        "WITH t AS (SELECT 'DROP TABLE; -- x' AS \"update\") /* INSERT */\n"
        "SELECT replace(\"update\", ';', '') AS nom, [delete] AS numero FROM t;"
    )


def test_a_trailing_semicolon_is_fine_but_not_two_statements():
    runner.check_sql("SELECT 1 AS nom, 2 AS numero;  ")
    with pytest.raises(ScriptError):
        runner.check_sql("SELECT 1; SELECT 2")
    with pytest.raises(ScriptError, match="REPLACE"):
        runner.check_sql("WITH a AS (SELECT 1) REPLACE INTO t SELECT * FROM a")


# -- parameters -----------------------------------------------------------------------------


def test_values_are_typed_from_what_the_clerk_types():
    script = runner.parse(GOOD, "ville.sql")
    mini, depuis, genre = script.params[1], script.params[2], script.params[3]
    assert runner.coerce(mini, "1 234,5") == 1234.5
    assert runner.coerce(runner.Param("n", "number", "3", "N"), "12") == 12
    assert runner.coerce(depuis, "01/02/2026") == date(2026, 2, 1)
    assert runner.coerce(depuis, "today-30", today=date(2026, 3, 31)) == date(2026, 3, 1)
    assert runner.coerce(genre, "mme") == "Mme"
    with pytest.raises(ValueError, match="Montant minimum : « abc » n'est pas un nombre"):
        runner.coerce(mini, "abc")
    with pytest.raises(ValueError, match="date invalide"):
        runner.coerce(depuis, "31/02/2026")
    with pytest.raises(ValueError, match="pas un choix possible"):
        runner.coerce(genre, "Mlle")
    bound = runner.bind_values(script, {"ville": "Dijon"})
    assert bound["ville"] == "Dijon" and bound["genre"] == "Mme"
    assert bound["depuis"] == (date.today() - timedelta(days=30)).isoformat()
    with pytest.raises(ValueError, match="paramètre inconnu"):
        runner.bind_values(script, {"pays": "FR"})


# -- finding --------------------------------------------------------------------------------


def test_at_least_six_shipped_scripts_all_valid(home):
    scripts = [s for s in runner.discover() if s.shipped]
    assert len(scripts) >= 6
    assert all(s.ok and s.description for s in scripts), [str(s.error) for s in scripts]
    assert {"news_sms", "commandes_recues", "clients_categorie", "meilleurs_clients"} <= {
        s.key for s in scripts
    }


def test_broken_user_script_is_listed_with_its_error_and_hides_nothing(home, tmp_path):
    folder = home / "data" / "scripts"
    write(folder, "mien.sql", GOOD)
    write(folder, "casse.sql", '-- name: Casse\n-- param: x nombre 1 "X"\nSELECT :x')
    write(folder, "latin1.sql", "")
    (folder / "latin1.sql").write_bytes("-- name: Clients à relancer\nSELECT 1".encode("cp1252"))
    scripts = {s.key: s for s in runner.discover()}
    assert scripts["mien"].ok and not scripts["mien"].shipped
    broken = scripts["casse"]
    assert broken.name == "Casse" and broken.error is not None
    assert broken.error.file == str(folder / "casse.sql") and broken.error.line == 2
    assert scripts["latin1"].name == "Clients à relancer"  # a Windows-encoded file is read
    assert sum(s.shipped and s.ok for s in scripts.values()) >= 6


def test_find_by_key_title_or_path_and_own_script_wins(home, tmp_path):
    assert runner.find("news_sms").shipped
    assert runner.find("Meilleurs clients").key == "meilleurs_clients"
    path = write(tmp_path, "ailleurs.sql", GOOD)
    assert runner.find(str(path)).name == "Clients d'une ville"
    write(home / "data" / "scripts", "news_sms.sql", GOOD)
    assert not runner.find("news_sms").shipped
    with pytest.raises(ScriptError, match="script inconnu"):
        runner.find("introuvable")
    with pytest.raises(ScriptError, match="introuvable"):
        runner.find(str(tmp_path / "absent.sql"))


# -- running --------------------------------------------------------------------------------


def test_each_shipped_script_runs_on_the_demo_database(home, demo_db):
    for script in (s for s in runner.discover() if s.shipped):
        result = runner.run(script, url=url_of(demo_db))
        assert result.rows > 0, script.key
        assert result.rows == len(result.recipients) + len(result.refused)
        assert {"nom", "numero"} <= {c.lower() for c in result.columns}
        assert all(r.valid and r.number.startswith("+") for r in result.recipients)


def test_reception_alert_gives_the_book_and_date(home, demo_db):
    script = runner.find("commandes_recues")
    result = runner.run(script, url=url_of(demo_db))
    first = result.recipients[0]
    assert first.fields["titre_ouvrage"] and first.fields["prenom"] is not None
    day = first.fields["date_reception"]
    assert len(day) == 10 and day[2] == "/" and day[5] == "/"
    conn = sqlite3.connect(demo_db)
    ids = [int(r.fields["id_client"]) for r in result.recipients]
    flags = {
        row[0]
        for row in conn.execute(
            "SELECT alerte_sms_reception FROM clients "
            f"WHERE id_client IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    assert flags == {1}


def _all_ids(script, demo_db, values=None) -> list[int]:
    preview = runner.preview(script, values, url_of(demo_db), limit=10**9)
    at = [c.lower() for c in preview.columns].index("id_client")
    return [row[at] for row in preview.rows]


@pytest.mark.parametrize(
    "values",
    [None, {"categorie": "BD"}, {"ca_min": "0"}, {"mois": "1"}, {"recherche": "Gallimard"}],
)
def test_marketing_scripts_never_return_a_customer_without_news_sms(home, demo_db, values):
    conn = sqlite3.connect(demo_db)
    refusing = {r[0] for r in conn.execute("SELECT id_client FROM clients WHERE news_sms = 0")}
    conn.close()
    marketing = [s for s in runner.discover() if s.shipped and s.kind == "marketing"]
    assert len(marketing) >= 5
    for script in marketing:
        wanted = {k: v for k, v in (values or {}).items() if k in {p.key for p in script.params}}
        ids = _all_ids(script, demo_db, wanted)
        assert not refusing & set(ids), script.key
        if script.key == "news_sms":
            assert len(ids) > 100


def test_refused_rows_are_reported_with_row_name_and_reason(home, demo_db):
    result = runner.run(runner.find("news_sms"), url=url_of(demo_db))
    assert result.refused
    reasons = {r.reason for r in result.refused}
    assert {"numéro fixe", "numéro manquant"} <= reasons
    first = result.refused[0]
    assert first.row >= 1 and first.name
    assert f"ligne {first.row} : {first.name}" in result.report()


def test_params_are_bound_never_pasted(home, demo_copy):
    before = sha256(demo_copy)
    script = runner.find("auteur_editeur")
    for attack in (
        "x' OR '1'='1",
        "'; DROP TABLE clients; --",
        "%' UNION SELECT nom, telephone_portable, 1, 1, 1, 1 FROM clients --",
    ):
        result = runner.run(script, {"recherche": attack}, url_of(demo_copy))
        assert result.rows == 0
    assert sha256(demo_copy) == before
    ok = runner.run(script, {"recherche": "Vargas"}, url_of(demo_copy))
    assert ok.rows > 0


MALICIOUS = {
    "delete.sql": "-- name: a\nDELETE FROM clients",
    "two.sql": "-- name: b\nSELECT 1 AS nom, 2 AS numero; DELETE FROM clients",
    "attach.sql": "-- name: c\nSELECT 1 AS nom, 2 AS numero FROM (ATTACH 'x.db' AS y)",
    "pragma.sql": "-- name: d\nPRAGMA query_only = OFF",
    "cte.sql": "-- name: e\nWITH x AS (DELETE FROM clients RETURNING *) SELECT * FROM x",
    "update.sql": "-- name: f\nUPDATE clients SET news_sms = 1 RETURNING nom, telephone_portable",
}


def test_malicious_scripts_change_nothing(home, demo_copy):
    folder = home / "data" / "scripts"
    for name, text in MALICIOUS.items():
        write(folder, name, text)
    before = sha256(demo_copy)
    scripts = {s.key: s for s in runner.discover() if not s.shipped}
    assert set(scripts) == {Path(n).stem for n in MALICIOUS}
    for script in scripts.values():
        assert script.error is not None, script.key
        with pytest.raises(ScriptError):
            runner.run(script, url=url_of(demo_copy))
        assert sha256(demo_copy) == before, script.key
    # past the text check (a script built by hand), the read-only connection still holds
    for sql in ("UPDATE clients SET news_sms = 1 RETURNING nom, telephone_portable AS numero",):
        sneaky = runner.Script(name="x", path=Path("x.sql"), sql=sql)
        with pytest.raises(ScriptError, match="erreur de la base"):
            runner.run(sneaky, url=url_of(demo_copy))
    assert sha256(demo_copy) == before


def test_database_error_names_file_and_line(home, demo_db, tmp_path):
    text = "-- name: Faux\n\nSELECT nom, portable AS numero\nFROM clients"
    path = write(tmp_path, "faux.sql", text)
    script = runner.load(path)
    assert script.ok
    with pytest.raises(ScriptError) as info:
        runner.run(script, url=url_of(demo_db))
    assert info.value.file == str(path) and info.value.line == 3
    assert "erreur de la base" in info.value.message and "portable" in info.value.message


def test_missing_columns_are_explained(home, demo_db, tmp_path):
    path = write(tmp_path, "sans.sql", "-- name: Sans\nSELECT nom FROM clients")
    with pytest.raises(ScriptError, match="colonne numero"):
        runner.run(runner.load(path), url=url_of(demo_db))
    text = "-- name: En\nSELECT nom AS name, telephone_portable AS Number FROM clients"
    alias = write(tmp_path, "en.sql", text)
    result = runner.run(runner.load(alias), url=url_of(demo_db))
    assert result.recipients


LONG = (
    "-- name: Long\n"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000)\n"
    "SELECT 'x' AS nom, '0612345678' AS numero FROM n WHERE i < 0\n"
)


def test_a_long_query_can_be_cancelled(home, demo_db):
    script = runner.parse(LONG, "long.sql")
    token = runner.CancelToken()
    timer = threading.Timer(0.3, token.cancel)
    timer.start()
    try:
        with pytest.raises(runner.Cancelled):
            runner.run(script, url=url_of(demo_db), cancel=token)
    finally:
        timer.cancel()
    already = runner.CancelToken()
    already.cancel()
    with pytest.raises(runner.Cancelled):
        runner.run(runner.find("news_sms"), url=url_of(demo_db), cancel=already)


def test_preview_counts_and_keeps_the_first_rows(home, demo_db):
    script = runner.find("news_sms")
    preview = runner.preview(script, url=url_of(demo_db), limit=5)
    full = runner.run(script, url=url_of(demo_db))
    assert preview.count == full.rows and len(preview.rows) == 5
    assert preview.columns[:2] == ["nom", "numero"]


# -- marketing consent, enforced whatever the SQL says --------------------------------------

CARELESS = """\
-- name: Oubli
-- kind: marketing
SELECT prenom || ' ' || nom AS nom, telephone_portable AS numero, news_sms, id_client
FROM clients
"""


def test_marketing_consent_is_enforced_even_when_the_sql_forgets_it(home, demo_db):
    conn = sqlite3.connect(demo_db)
    refusing = conn.execute("SELECT count(*) FROM clients WHERE news_sms = 0").fetchone()[0]
    conn.close()
    result = runner.run(runner.parse(CARELESS, "oubli.sql"), url=url_of(demo_db))
    dropped = [r for r in result.refused if r.reason == runner.NO_CONSENT]
    assert len(dropped) == refusing > 0
    assert result.recipients
    assert all("news_sms" not in r.fields for r in result.recipients)
    assert "news_sms" not in result.columns_extra()
    assert f"ligne {dropped[0].row} : " in result.report()


def test_a_marketing_script_without_the_consent_column_is_refused(home, demo_copy):
    text = (
        "-- name: Sans accord\n-- kind: marketing\n\n"
        "SELECT nom, telephone_portable AS numero\nFROM clients\n"
    )
    before = sha256(demo_copy)
    with pytest.raises(ScriptError, match="doit renvoyer la colonne news_sms") as info:
        runner.run(runner.parse(text, "sans_accord.sql"), url=url_of(demo_copy))
    assert info.value.line == 4
    notification = text.replace("marketing", "notification")
    assert runner.run(runner.parse(notification, "n.sql"), url=url_of(demo_copy)).recipients
    assert sha256(demo_copy) == before


@pytest.mark.parametrize("value", [1, "1", "O", "oui", "Oui", True, 2.0])
def test_consent_values_that_mean_yes(value):
    assert runner.consents(value)


@pytest.mark.parametrize("value", [0, "0", "", "N", "non", None, False, 0.0])
def test_consent_values_that_mean_no(value):
    assert not runner.consents(value)


def test_shipped_marketing_scripts_return_the_consent_column(home, demo_db):
    marketing = [s for s in runner.discover() if s.shipped and s.kind == "marketing"]
    assert len(marketing) >= 5
    values = {"recherche": "Gallimard", "ca_min": "0", "mois": "1"}
    for script in marketing:
        wanted = {k: v for k, v in values.items() if k in {p.key for p in script.params}}
        result = runner.run(script, wanted, url_of(demo_db))
        assert "news_sms" in [c.lower() for c in result.columns], script.key
        assert not [r for r in result.refused if r.reason == runner.NO_CONSENT], script.key


@pytest.mark.parametrize(
    ("sql", "line", "named"),
    [
        (
            "SELECT nom,\n  telephone_portable AS numero,\n  c.villle AS ville\nFROM clients c",
            5,
            "villle",
        ),
        ("SELECT nom, telephone_portable AS numero\nFROM clients\nJOIN ventez v ON 1", 5, "ventez"),
        (
            "SELECT nom, telephone_portable AS numero\nFROM clients\nWHERE upper2(nom) = 'X'",
            5,
            "upper2",
        ),
        (
            "SELECT nom, telephone_portable AS numero\nFROM clients, ventes\n"
            "-- id_client\nWHERE id_client = 1",
            6,
            "id_client",
        ),
    ],
)
def test_database_errors_point_at_the_line_that_has_the_mistake(home, demo_db, sql, line, named):
    script = runner.parse(f"-- name: Faute\n\n{sql}\n", "faute.sql")
    assert script.ok, script.error
    with pytest.raises(ScriptError) as info:
        runner.run(script, url=url_of(demo_db))
    assert info.value.line == line, info.value
    assert named in info.value.message


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO categories (libelle) VALUES ('x') RETURNING libelle AS nom, 1 AS numero",
        "UPDATE clients SET news_sms = 1 RETURNING nom, telephone_portable AS numero",
        "DELETE FROM clients RETURNING nom, telephone_portable AS numero",
        "REPLACE INTO categories (id_categorie, libelle) VALUES (1, 'x') RETURNING libelle AS nom",
        "WITH x AS (SELECT 1) DELETE FROM clients RETURNING nom",
        "DROP TABLE ventes",
        "CREATE TABLE pirate AS SELECT * FROM clients",
        "ALTER TABLE clients ADD COLUMN pirate TEXT",
        "PRAGMA journal_mode = WAL",
        "PRAGMA user_version = 42",
        "PRAGMA query_only = OFF",
        "ATTACH DATABASE 'pirate.sqlite3' AS pirate",
        "VACUUM",
        "SELECT load_extension('pirate') AS nom, 1 AS numero",
        "SELECT nom, telephone_portable AS numero FROM clients; DELETE FROM clients",
    ],
)
def test_past_the_text_check_the_connection_still_refuses(
    home, demo_copy, tmp_path, sql, monkeypatch
):
    """A script built by hand (as if the checker had a hole): refused by the database itself."""
    monkeypatch.chdir(tmp_path)  # where a relative ATTACH would create its file
    before = sha256(demo_copy)
    sneaky = runner.Script(name="x", path=Path("x.sql"), sql=sql)
    with pytest.raises(ScriptError, match="erreur de la base"):
        runner.run(sneaky, url=url_of(demo_copy))
    assert sha256(demo_copy) == before
    assert not (tmp_path / "pirate.sqlite3").exists()


def test_other_engines_bind_only_real_parameters(demo_db):
    """``text()`` (PostgreSQL, MySQL, ODBC) must not take ':mots' in literals for parameters."""
    from sqlalchemy import create_engine, text

    sql = (
        "SELECT nom, '(:urgent)' AS note, \"a:b\" AS n -- voir :commentaire\n"
        "FROM (SELECT 'x' AS nom, 1 AS \"a:b\") WHERE nom = :valeur;"
    )
    ready = runner.for_text(sql)
    assert "--" not in ready and not ready.endswith(";")
    engine = create_engine(f"sqlite:///{demo_db}")
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(ready), {"valeur": "x"}).fetchall()
    finally:
        engine.dispose()
    assert rows == [("x", "(:urgent)", 1)]


# -- the fast import path gives what the obvious one gives ---------------------------------


def _obvious_run(script, demo_db, region="FR"):
    """Plain sqlite3, one `phone.parse` and one dict per row: what `runner.run` must equal."""
    from ellipses_sms import phone
    from ellipses_sms.listfiles import refusal_reason

    conn = sqlite3.connect(demo_db)
    cursor = conn.execute(script.sql.strip().rstrip(";"), runner.bind_values(script))
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    conn.close()
    lowered = [c.lower() for c in columns]
    name_at = next(lowered.index(c) for c in runner.NAME_COLUMNS if c in lowered)
    number_at = next(lowered.index(c) for c in runner.NUMBER_COLUMNS if c in lowered)
    consent_at = lowered.index("news_sms") if script.kind == "marketing" else None
    good, refused = [], []
    for count, row in enumerate(rows, start=1):
        number = "" if row[number_at] is None else str(row[number_at])
        name = runner._text(row[name_at])
        if consent_at is not None and not runner.consents(row[consent_at]):
            refused.append((count, name, number.strip(), runner.NO_CONSENT))
            continue
        fields = {
            c: runner._text(v)
            for i, (c, v) in enumerate(zip(lowered, row, strict=True))
            if i not in (name_at, number_at, consent_at)
        }
        parsed = phone.parse(number, region)
        if parsed.valid:
            good.append((name, parsed.e164, fields, None))
        else:
            refused.append((count, name, number.strip(), refusal_reason(parsed)))
    return good, refused


def _as_tuples(result):
    good = [(r.name, r.number, dict(r.fields), r.error) for r in result.recipients]
    refused = [(r.row, r.name, r.number, r.reason) for r in result.refused]
    return good, refused


def test_every_shipped_script_gives_what_the_obvious_loop_gives(home, demo_db):
    for script in (s for s in runner.discover() if s.shipped):
        result = runner.run(script, url=url_of(demo_db))
        assert _as_tuples(result) == _obvious_run(script, demo_db), script.key


ODD_VALUES = """\
-- name: Valeurs de tous les types
SELECT '  Claire  ' AS NOM, numero, '  Lyon ' AS Ville, 12.5 AS montant, NULL AS vide,
       42 AS quantite, x'41' AS brut, 'bas' AS double, 'HAUT' AS DOUBLE
FROM (SELECT '06 12 34 56 78' AS numero UNION ALL SELECT '01 23 45 67 89'
      UNION ALL SELECT '06 12 34 56 78' UNION ALL SELECT 'NC' UNION ALL SELECT 'NC'
      UNION ALL SELECT 612345678 UNION ALL SELECT '+33 7 50 12 34 56' UNION ALL SELECT NULL
      UNION ALL SELECT '0690 00 12 34' UNION ALL SELECT ' 06.12.34.56.79 ')
"""


def test_odd_values_and_repeated_numbers_give_what_the_obvious_loop_gives(home, demo_db, tmp_path):
    script = runner.load(write(tmp_path, "types.sql", ODD_VALUES))
    assert script.ok, script.error
    result = runner.run(script, url=url_of(demo_db))
    assert _as_tuples(result) == _obvious_run(script, demo_db)
    first = result.recipients[0]
    assert first.fields == {
        "ville": "Lyon", "montant": "12,50", "vide": "", "quantite": "42", "brut": "b'A'",
        "double": "HAUT",
    }  # fmt: skip
    assert len(result.refused) == 4  # the landline, « NC » twice, the empty number


def test_row_fields_behave_as_the_dict_they_replace(home, demo_db, tmp_path):
    import copy
    import json
    import pickle

    script = runner.load(write(tmp_path, "types.sql", ODD_VALUES))
    fields = runner.run(script, url=url_of(demo_db)).recipients[0].fields
    plain = {
        "ville": "Lyon", "montant": "12,50", "vide": "", "quantite": "42", "brut": "b'A'",
        "double": "HAUT",
    }  # fmt: skip
    assert fields == plain and plain == fields and dict(fields) == plain
    assert fields != {**plain, "ville": "Paris"} and fields != {}
    assert list(fields) == list(plain) and len(fields) == 6
    assert "ville" in fields and "nom" not in fields and "numero" not in fields
    assert fields.get("absent", "?") == "?" and fields["montant"] == "12,50"
    with pytest.raises(KeyError):
        fields["absent"]
    assert {**fields, "x": "1"} == {**plain, "x": "1"}
    assert repr(fields) == repr(plain)
    assert json.loads(json.dumps(dict(fields))) == plain
    assert pickle.loads(pickle.dumps(fields)) == plain
    assert copy.deepcopy(fields) == plain and copy.copy(fields) == plain
