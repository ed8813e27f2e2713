"""Import filter scripts: find them, read them, check them, run them read-only.

A script is a ``.sql`` file a bookstore can read and write itself::

    -- name: Clients acceptant les news SMS
    -- description: Les clients qui ont coché « Recevoir les News par SMS »
    --   sur leur fiche (la description peut continuer sur les lignes suivantes).
    -- param: ville text "" "Ville (vide : toutes)"
    -- param: mois number 12 "Sans achat depuis (mois)"
    -- param: depuis date today-365 "Depuis le"
    -- param: categorie choice(Roman|BD|Jeunesse) Roman "Catégorie"
    -- kind: marketing
    SELECT ... AS nom, ... AS numero, ... FROM clients WHERE ... = :ville

The query must return the columns ``nom`` and ``numero`` (or ``name`` and ``number``); every
other column becomes a field that message placeholders can use ({prenom}, {titre_ouvrage}...).
Parameters are bound by the database driver, never pasted into the SQL text.

Safety: the text check below refuses what is obviously not a single read (several statements,
INSERT, DROP, ATTACH, PRAGMA...), but the real guarantee is the read-only connection of
`ellipses_sms.bookstore`: even a script that slips past the check cannot change one byte.
"""

from __future__ import annotations

import contextlib
import re
import shlex
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from ellipses_sms import bookstore, paths, phone
from ellipses_sms.recipients import Recipient, building_many
from ellipses_sms.states import SEND_KINDS

PARAM_TYPES = ("text", "number", "date", "choice")
KINDS = SEND_KINDS
FORBIDDEN = (
    "INSERT",
    "UPDATE",
    "DELETE",
    "DROP",
    "ATTACH",
    "DETACH",
    "CREATE",
    "ALTER",
    "REPLACE",
    "PRAGMA",
    "VACUUM",
    "TRUNCATE",
    "MERGE",
    "GRANT",
    "REVOKE",
    "INTO",
    "EXEC",
    "EXECUTE",
    "CALL",
    "COPY",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "SAVEPOINT",
    "RELEASE",
    "REINDEX",
    "LOAD_EXTENSION",
)
NAME_COLUMNS = ("nom", "name")
NUMBER_COLUMNS = ("numero", "number", "numéro")
#: A marketing script returns the customer's consent (« Recevoir les News par SMS »): a row
#: without it is never imported, even when the SQL forgets to filter on it.
CONSENT_COLUMN = "news_sms"
NO_CONSENT = "n'a pas accepté les News par SMS"
_YES = frozenset({"1", "o", "oui", "y", "yes", "true", "vrai", "x"})


class ScriptError(Exception):
    """A script that cannot be read, checked or run: file, line and a French message."""

    def __init__(self, file: str | Path, line: int | None, message: str):
        self.file = str(file)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}, ligne {self.line}" if self.line else self.file
        return f"{where} : {self.message}"


class Cancelled(Exception):
    """The clerk (or Ctrl-C) stopped the query."""


class CancelToken:
    """Shared by the worker that runs a query and the one that wants it stopped.

    `cancel()` is safe from any thread: it sets the flag (checked by SQLite's progress handler
    and between fetched batches) and interrupts the running statement where the driver can.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], Any]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            hooks = list(self._hooks)
        for hook in hooks:
            with contextlib.suppress(Exception):  # the connection may just have closed
                hook()

    def _register(self, hook: Callable[[], Any]) -> Callable[[], None]:
        with self._lock:
            self._hooks.append(hook)

        def unregister() -> None:
            with self._lock:
                if hook in self._hooks:
                    self._hooks.remove(hook)

        return unregister


# -- the script file ------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    key: str
    type: str  # text | number | date | choice
    default: str
    label: str
    choices: tuple[str, ...] = ()
    decimal: bool = False  # a number with decimals (a turnover), else an integer

    def default_value(self, today: date | None = None) -> Any:
        """The default as a typed value (a date for date parameters)."""
        return coerce(self, self.default, today=today)


@dataclass(frozen=True)
class Script:
    name: str
    path: Path
    description: str = ""
    params: tuple[Param, ...] = ()
    kind: str = "notification"
    sql: str = ""
    sql_line: int = 1  # the file line where the query begins (for error messages)
    shipped: bool = False
    error: ScriptError | None = None

    @property
    def key(self) -> str:
        """The name the command line takes: the file name without `.sql`."""
        return self.path.stem

    @property
    def ok(self) -> bool:
        return self.error is None


_HEADER = re.compile(r"--\s*([A-Za-zé_]+)\s*:\s?(.*)$")
_PARAM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s+(text|number|date|choice\(([^)]*)\))(?:\s+(.*))?$")


def parse(text: str, path: str | Path, shipped: bool = False) -> Script:
    """Read a script; raises `ScriptError` with the line of the first problem."""
    path = Path(path)
    name = ""
    description: list[str] = []
    params: list[Param] = []
    kind = "notification"
    lines = text.splitlines()
    in_description = False
    sql_start = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            in_description = False
            continue
        if not line.startswith("--"):
            sql_start = number
            break
        header = _HEADER.match(line)
        if header and header.group(1).lower() in ("name", "nom"):
            name = header.group(2).strip()
            in_description = False
        elif header and header.group(1).lower() == "description":
            description = [header.group(2).strip()]
            in_description = True
        elif header and header.group(1).lower() == "param":
            params.append(_parse_param(header.group(2), path, number))
            in_description = False
        elif header and header.group(1).lower() in ("kind", "type"):
            kind = header.group(2).strip().lower()
            if kind not in KINDS:
                raise ScriptError(
                    path, number, f"genre « {kind} » inconnu (marketing ou notification)"
                )
            in_description = False
        elif in_description:
            description.append(line[2:].strip())
        # any other comment line is the author's own note
    if sql_start is None:
        raise ScriptError(path, len(lines) or 1, "aucune requête après l'en-tête")
    if not name:
        name = path.stem.replace("_", " ").replace("-", " ").capitalize()
    keys = [p.key for p in params]
    duplicate = next((k for k in keys if keys.count(k) > 1), None)
    if duplicate:
        raise ScriptError(path, None, f"paramètre « {duplicate} » déclaré deux fois")
    sql = "\n".join(lines[sql_start - 1 :])
    check_sql(sql, path, sql_start)
    used = set(_binds(sql))
    for key in used - set(keys):
        raise ScriptError(path, sql_start, f"« :{key} » utilisé mais pas déclaré (-- param:)")
    return Script(
        name=name,
        path=path,
        description=" ".join(d for d in description if d).strip(),
        params=tuple(params),
        kind=kind,
        sql=sql,
        sql_line=sql_start,
        shipped=shipped,
    )


def _parse_param(spec: str, path: Path, line: int) -> Param:
    match = _PARAM.match(spec.strip())
    if not match:
        raise ScriptError(
            path,
            line,
            'paramètre illisible ; forme attendue : -- param: clé type défaut "Libellé" '
            "(type : text, number, date ou choice(a|b|c))",
        )
    key, type_text, choices_text, rest = match.groups()
    kind = type_text.split("(")[0]
    try:
        words = shlex.split(rest or "")
    except ValueError as exc:
        message = f"paramètre « {key} » : guillemets mal fermés ({exc})"
        raise ScriptError(path, line, message) from None
    default = words[0] if words else ""
    label = " ".join(words[1:]) if len(words) > 1 else key
    choices: tuple[str, ...] = ()
    if kind == "choice":
        choices = tuple(c.strip() for c in (choices_text or "").split("|") if c.strip())
        if not choices:
            raise ScriptError(path, line, f"paramètre « {key} » : aucun choix entre parenthèses")
        if not default:
            default = choices[0]
    param = Param(key, kind, default, label, choices, decimal=kind == "number" and "." in default)
    try:
        coerce(param, default)
    except ValueError as exc:
        raise ScriptError(path, line, f"valeur par défaut : {exc}") from None
    return param


# -- the read-only check --------------------------------------------------------------------

_LEXEME = re.compile(
    r"""
      (?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
    | (?P<string>'(?:[^']|'')*(?:'|\Z))
    | (?P<ident>"(?:[^"]|"")*(?:"|\Z)|`[^`]*(?:`|\Z)|\[[^\]]*(?:\]|\Z))
    """,
    re.S | re.X,
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
_BIND = re.compile(r"(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)")


def _blank(match: re.Match[str]) -> str:
    """Keep newlines (for line numbers) and the quotes' place, drop the content."""
    text = match.group(0)
    if match.lastgroup == "string":
        return "'" + re.sub(r"[^\n]", " ", text[1:-1]) + "'" if len(text) > 1 else "'"
    return re.sub(r"[^\n]", " ", text)


def code_only(sql: str) -> str:
    """The SQL with comments, string literals and quoted names blanked out, same length."""
    return _LEXEME.sub(_blank, sql)


def _escape_literal(match: re.Match[str]) -> str:
    if match.lastgroup == "comment":
        return re.sub(r"[^\n]", " ", match.group(0))
    return match.group(0).replace(":", "\\:")


def for_text(sql: str) -> str:
    """The query for SQLAlchemy's ``text()`` (engines other than SQLite).

    ``text()`` takes every ``:word`` for a parameter, even inside ``'%:urgent%'`` or a comment;
    comments are blanked and colons in literals escaped, so that only real parameters are bound.
    """
    return _LEXEME.sub(_escape_literal, sql).strip().rstrip(";").rstrip()


def _binds(sql: str) -> list[str]:
    return _BIND.findall(code_only(sql))


def check_sql(sql: str, path: str | Path = "<script>", first_line: int = 1) -> None:
    """Refuse anything but one SELECT (or WITH … SELECT); raises `ScriptError`."""
    code = code_only(sql)

    def line_at(pos: int) -> int:
        return first_line + code.count("\n", 0, pos)

    stripped = code.strip()
    if not stripped:
        raise ScriptError(path, first_line, "la requête est vide")
    body = stripped[:-1] if stripped.endswith(";") else stripped
    semicolon = body.find(";")
    if semicolon >= 0:
        pos = code.find(";")
        raise ScriptError(
            path, line_at(pos), "une seule requête est permise (point-virgule en trop)"
        )
    first = _WORD.search(code)
    if not first or first.group(0).upper() not in ("SELECT", "WITH"):
        raise ScriptError(
            path,
            line_at(first.start() if first else 0),
            "la requête doit commencer par SELECT ou WITH (lecture seule)",
        )
    for word in _WORD.finditer(code):
        upper = word.group(0).upper()
        if upper not in FORBIDDEN:
            continue
        if upper == "REPLACE" and code[word.end() :].lstrip().startswith("("):
            continue  # the replace(texte, a, b) function, not REPLACE INTO
        raise ScriptError(
            path,
            line_at(word.start()),
            f"« {word.group(0)} » est interdit : un script ne fait que lire la base",
        )


# -- finding scripts ------------------------------------------------------------------------


def shipped_dir() -> Path:
    """The scripts installed with the product (package data)."""
    return Path(str(resources.files("ellipses_sms.scripts")))


def load(path: str | Path, shipped: bool = False) -> Script:
    """One script file; a broken one comes back with its `error` (never raises)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = path.read_text(encoding="cp1252")
        except OSError as exc:
            return _broken(path, shipped, ScriptError(path, None, f"lecture impossible ({exc})"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _broken(path, shipped, ScriptError(path, None, f"lecture impossible ({reason})"))
    try:
        return parse(text, path, shipped)
    except ScriptError as exc:
        return _broken(path, shipped, exc, text)


def _broken(path: Path, shipped: bool, error: ScriptError, text: str = "") -> Script:
    name = path.stem
    for line in text.splitlines()[:20]:
        header = _HEADER.match(line.strip())
        if header and header.group(1).lower() in ("name", "nom") and header.group(2).strip():
            name = header.group(2).strip()
            break
    return Script(name=name, path=path, shipped=shipped, error=error)


def discover(user_dir: Path | None = None) -> list[Script]:
    """Shipped scripts, then the bookstore's own (user folder), each group sorted by name."""
    shipped = sorted(
        (load(p, shipped=True) for p in shipped_dir().glob("*.sql")),
        key=lambda s: s.name.casefold(),
    )
    folder = user_dir if user_dir is not None else paths.user_scripts_dir()
    own = sorted(
        (load(p) for p in folder.glob("*.sql") if p.is_file()) if folder.is_dir() else (),
        key=lambda s: s.name.casefold(),
    )
    return [*shipped, *own]


def find(name_or_path: str, user_dir: Path | None = None) -> Script:
    """A script by file path, by file name (without .sql) or by its title.

    The bookstore's own script wins over a shipped one of the same name. Raises `ScriptError`
    when nothing matches.
    """
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix.lower() == ".sql" or candidate.is_file():
        if not candidate.is_file():
            raise ScriptError(candidate, None, "fichier introuvable")
        return load(candidate)
    wanted = name_or_path.strip().casefold()
    scripts = discover(user_dir)
    for script in [*reversed(scripts)]:
        if wanted in (script.key.casefold(), script.name.casefold()):
            return script
    known = ", ".join(s.key for s in scripts)
    raise ScriptError(name_or_path, None, f"script inconnu (scripts disponibles : {known})")


# -- parameters -----------------------------------------------------------------------------

_RELATIVE_DAY = re.compile(r"today\s*([+-])\s*(\d+)$|aujourd'hui\s*([+-])\s*(\d+)$", re.I)


def _parse_date(text: str, today: date | None) -> date:
    text = text.strip()
    today = today or date.today()
    if text.lower() in ("today", "aujourd'hui"):
        return today
    rel = _RELATIVE_DAY.match(text)
    if rel:
        sign, amount = (rel.group(1), rel.group(2)) if rel.group(1) else rel.group(3, 4)
        days = int(amount)
        return today + timedelta(days=days if sign == "+" else -days)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date invalide : « {text} » (JJ/MM/AAAA ou AAAA-MM-JJ)")


def coerce(param: Param, value: Any, today: date | None = None) -> Any:
    """A typed value for a parameter from what the clerk typed; French `ValueError` if wrong."""
    if param.type == "text":
        return "" if value is None else str(value)
    if param.type == "number":
        if isinstance(value, bool):
            raise ValueError(f"{param.label} : un nombre est attendu")
        if isinstance(value, int | float | Decimal):
            number = value
        else:
            text = str(value or "").strip().replace("\u202f", "").replace(" ", "")
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                raise ValueError(f"{param.label} : « {value} » n'est pas un nombre") from None
        if not param.decimal and float(number).is_integer():
            return int(number)
        return float(number)
    if param.type == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return _parse_date(str(value or ""), today)
        except ValueError as exc:
            raise ValueError(f"{param.label} : {exc}") from None
    if param.type == "choice":
        text = str(value or "").strip()
        for choice in param.choices:
            if choice.casefold() == text.casefold():
                return choice
        raise ValueError(
            f"{param.label} : « {value} » n'est pas un choix possible ({', '.join(param.choices)})"
        )
    raise ValueError(f"type de paramètre inconnu : {param.type}")  # pragma: no cover


def bind_values(
    script: Script, values: Mapping[str, Any] | None = None, dialect: str = "sqlite"
) -> dict[str, Any]:
    """Every parameter's value (given or default), typed, ready for the driver to bind.

    Dates go to SQLite as ISO text (how dates are stored there); other engines get a `date`.
    """
    values = dict(values or {})
    unknown = set(values) - {p.key for p in script.params}
    if unknown:
        known = ", ".join(p.key for p in script.params) or "aucun"
        raise ValueError(
            f"paramètre inconnu pour ce script : {', '.join(sorted(unknown))} "
            f"(paramètres : {known})"
        )
    bound: dict[str, Any] = {}
    for param in script.params:
        value = coerce(param, values.get(param.key, param.default))
        if isinstance(value, date) and dialect == "sqlite":
            value = value.isoformat()
        bound[param.key] = value
    return bound


# -- running --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refused:
    row: int  # 1-based row of the result
    name: str
    number: str
    reason: str


@dataclass
class RunResult:
    script: Script
    columns: list[str]
    recipients: list[Recipient] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    rows: int = 0

    def columns_extra(self) -> list[str]:
        """The fields each recipient carries besides its name and number."""
        skip = (*NAME_COLUMNS, *NUMBER_COLUMNS)
        if self.script.kind == "marketing":
            skip += (CONSENT_COLUMN,)
        return [c.lower() for c in self.columns if c.lower() not in skip]

    def report(self) -> str:
        """The refused rows, one French line each (for the dialog and the command line)."""
        return "\n".join(
            f"ligne {r.row} : {r.name or '(sans nom)'} — "
            + (f"« {r.number} » : " if r.number else "")
            + r.reason
            for r in self.refused
        )


@dataclass
class Preview:
    columns: list[str]
    rows: list[tuple]
    count: int


def _text(value: Any) -> str:
    """A field value as a message placeholder shows it (French dates and decimals)."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float | Decimal):
        return f"{value:.2f}".replace(".", ",")
    return str(value).strip()


class RowFields(Mapping[str, str]):
    """A recipient's placeholder fields, read from its query row when a message needs them.

    Why not a dict: an import builds one per row, and converting every value of every row up
    front cost half as much as the query itself (100,000 customers), for fields that are only
    read when a message is written. The column positions are shared by every row of a run; each
    value is converted (`_text`: trimmed, French dates and decimals) when it is read, which gives
    exactly what the dict held. Read-only; equal to, and copied or pickled as, that dict.
    """

    __slots__ = ("_at", "_row")

    def __init__(self, at: Mapping[str, int], row: Sequence[Any]) -> None:
        self._at = at
        self._row = row

    def __getitem__(self, key: str) -> str:
        return _text(self._row[self._at[key]])

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, key: object) -> bool:
        return key in self._at

    def __repr__(self) -> str:
        return repr(dict(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return dict, (dict(self),)  # a copy or a pickle is a plain dict of the values


def consents(value: Any) -> bool:
    """Whether a ``news_sms`` value means the box is ticked (1, « O », « oui », true…)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float | Decimal):
        return value != 0
    return str(value).strip().lower() in _YES


def _column_index(columns: Sequence[str], names: Iterable[str]) -> int | None:
    lowered = [c.lower() for c in columns]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


# What database messages name (SQLite, PostgreSQL, MySQL), to point at the line that has it.
_NAMED_IN_ERROR = (
    r'near "([^"\s]+)"',
    r"no such (?:column|table|function): ([\w.$]+)",
    r"ambiguous column name: ([\w.$]+)",
    r'(?:column|relation|function) "?([\w.$]+)"?(?:\(.*\))? does not exist',
    r"Unknown column '([\w.$]+)'",
    r"Table '(?:[\w$]+\.)?([\w$]+)' doesn't exist",
)


def _error_line(script: Script, message: str) -> int:
    """The file line of the name the database complains about; else where the query begins."""
    code = code_only(script.sql)
    for pattern in _NAMED_IN_ERROR:
        named = re.search(pattern, message, re.IGNORECASE)
        if not named:
            continue
        word = named.group(1).split(".")[-1]
        found = re.search(rf"(?<![\w$]){re.escape(word)}(?![\w$])", code, re.IGNORECASE)
        if found:
            return script.sql_line + code.count("\n", 0, found.start())
    return script.sql_line


def _db_error(script: Script, exc: BaseException) -> ScriptError:
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    line = _error_line(script, message)
    return ScriptError(script.path, line, f"erreur de la base : {message}")


def _execute(conn, script: Script, bound: Mapping[str, Any], cancel: CancelToken | None):
    """Run the query; yields (columns, fetchmany) with cancellation wired to the driver."""
    from sqlalchemy import text

    raw = conn.connection.dbapi_connection
    unregister = None
    if cancel is not None:
        if isinstance(raw, sqlite3.Connection):
            raw.set_progress_handler(lambda: 1 if cancel.cancelled else 0, 20_000)
            unregister = cancel._register(raw.interrupt)
        elif hasattr(raw, "cancel"):
            unregister = cancel._register(raw.cancel)
    try:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if isinstance(raw, sqlite3.Connection):
            # SQLite binds :name itself; the plain cursor spares SQLAlchemy's per-row cost
            cursor = raw.cursor()
            cursor.execute(script.sql.strip().rstrip(";"), dict(bound))
            columns = [d[0] for d in cursor.description or ()]
            return columns, cursor.fetchmany, unregister
        result = conn.execute(text(for_text(script.sql)), dict(bound))
        columns = list(result.keys())
        return columns, result.fetchmany, unregister
    except BaseException:
        if unregister:
            unregister()
        raise


def _fetch(
    script: Script,
    values: Mapping[str, Any] | None,
    url: str,
    cancel: CancelToken | None,
    consume: Callable[[list[str], Iterable[Sequence[Any]]], None],
) -> None:
    if script.error:
        raise script.error
    with bookstore.connect(url) as conn:
        bound = bind_values(script, values, conn.dialect.name)
        try:
            columns, fetchmany, unregister = _execute(conn, script, bound, cancel)
        except Cancelled:
            raise
        except Exception as exc:
            if cancel is not None and cancel.cancelled:
                raise Cancelled() from None
            raise _db_error(script, exc) from exc
        try:

            def batches():
                while True:
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    chunk = fetchmany(2000)
                    if not chunk:
                        return
                    yield from chunk

            try:
                with building_many():
                    consume(columns, batches())
            except (Cancelled, ScriptError):
                raise
            except Exception as exc:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled() from None
                if type(exc).__module__.startswith(("sqlite3", "sqlalchemy")) or hasattr(
                    exc, "orig"
                ):
                    raise _db_error(script, exc) from exc
                raise
        finally:
            if unregister:
                unregister()


def run(
    script: Script,
    values: Mapping[str, Any] | None = None,
    url: str | None = None,
    region: str = "FR",
    cancel: CancelToken | None = None,
) -> RunResult:
    """Run a script and turn its rows into recipients; unusable numbers are reported.

    ``url`` is the bookstore database (see `bookstore.configured_url`). Raises `ScriptError`
    (broken script, database error, missing columns), `ValueError` (a parameter the clerk got
    wrong), `bookstore.BookstoreError` (database unreachable) or `Cancelled`.
    """
    url = url or bookstore.configured_url()
    result = RunResult(script, [])

    def consume(columns: list[str], rows: Iterable[Sequence[Any]]) -> None:
        result.columns = columns
        name_at = _column_index(columns, NAME_COLUMNS)
        number_at = _column_index(columns, NUMBER_COLUMNS)
        if name_at is None or number_at is None:
            missing = " et ".join(
                c for c, i in (("nom", name_at), ("numero", number_at)) if i is None
            )
            raise ScriptError(
                script.path,
                script.sql_line,
                f"la requête doit renvoyer la colonne {missing} "
                f"(colonnes renvoyées : {', '.join(columns) or 'aucune'})",
            )
        consent_at = None
        if script.kind == "marketing":
            consent_at = _column_index(columns, (CONSENT_COLUMN,))
            if consent_at is None:
                raise ScriptError(
                    script.path,
                    script.sql_line,
                    "un script marketing doit renvoyer la colonne news_sms (la case « Recevoir "
                    "les News par SMS » du client) : sans elle, rien n'est importé",
                )
        skip = (name_at, number_at, consent_at)
        # every other column, by its lower-case name (of two same names, the last one's value)
        at: dict[str, int] = {}
        for i, c in enumerate(columns):
            if i not in skip:
                at[c.lower()] = i
        parse = phone.parse
        # one regex for the usual mainland mobile, `parse` for everything else (same answer)
        fast = phone.french_mobile_e164 if region.strip().upper() == "FR" else None
        good = result.recipients
        refused = result.refused
        reason_of = _reason_function()
        seen: dict[str, tuple[str, str]] = {}  # number as typed → (E.164, or the refusal reason)
        count = 0
        for count, row in enumerate(rows, start=1):
            number = row[number_at]
            if type(number) is not str:
                number = "" if number is None else str(number)
            if consent_at is not None:
                agreed = row[consent_at]
                if agreed != 1 and not consents(agreed):  # 1: the usual ticked box
                    refused.append(Refused(count, _text(row[name_at]), number.strip(), NO_CONSENT))
                    continue
            fields = RowFields(at, row)
            name = row[name_at]
            name = name.strip() if type(name) is str else _text(name)
            e164 = fast(number) if fast is not None else None
            if e164 is not None:
                good.append(Recipient(name, e164, fields))
                continue
            # what recipients.make does, with one parse for both the recipient and the reason;
            # a bookstore's base repeats its odd values (« NC », « 00000 »): parsed once per run
            verdict = seen.get(number)
            if verdict is None:
                parsed = parse(number, region)
                if parsed.valid and parsed.e164:
                    verdict = seen[number] = (parsed.e164, "")
                else:
                    verdict = seen[number] = ("", reason_of(parsed))
            if verdict[0]:
                good.append(Recipient(name, verdict[0], fields))
            else:
                refused.append(Refused(count, name, number.strip(), verdict[1]))
        result.rows = count

    _fetch(script, values, url, cancel, consume)
    return result


def _reason_function() -> Callable[[phone.PhoneNumber], str]:
    """The short French reason (« numéro fixe », « numéro manquant »), as list files give."""
    try:
        from ellipses_sms.listfiles import refusal_reason
    except ImportError:  # pragma: no cover - the list module is part of the product
        return lambda parsed: parsed.message or "numéro invalide"
    return refusal_reason


def preview(
    script: Script,
    values: Mapping[str, Any] | None = None,
    url: str | None = None,
    limit: int = 20,
    cancel: CancelToken | None = None,
) -> Preview:
    """The number of rows and the first ones, as the database returns them."""
    url = url or bookstore.configured_url()
    out = Preview([], [], 0)

    def consume(columns: list[str], rows: Iterable[Sequence[Any]]) -> None:
        out.columns = columns
        for count, row in enumerate(rows, start=1):
            if count <= limit:
                out.rows.append(tuple(row))
            out.count = count

    _fetch(script, values, url, cancel, consume)
    return out


# -- output helpers shared by the command line and the window ------------------------------


def script_info(script: Script) -> dict[str, Any]:
    """A script as the command line's JSON shows it."""
    return {
        "key": script.key,
        "name": script.name,
        "description": script.description,
        "kind": script.kind,
        "shipped": script.shipped,
        "path": str(script.path),
        "params": [
            {
                "key": p.key,
                "type": p.type,
                "default": p.default,
                "label": p.label,
                **({"choices": list(p.choices)} if p.choices else {}),
            }
            for p in script.params
        ],
        "error": str(script.error) if script.error else None,
    }


def parse_assignments(items: Sequence[str] | None) -> dict[str, str]:
    """``key=value`` pairs from the command line; French `ValueError` for a bad one."""
    values: dict[str, str] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--param « {item} » : forme attendue clé=valeur")
        values[key.strip()] = value
    return values


def save(path: str | Path, people: Sequence[Recipient]) -> int:
    """Save recipients as a list file (the lists module's format when it is there)."""
    try:
        from ellipses_sms import listfiles
    except ImportError:  # pragma: no cover - fallback for a build without the lists module
        listfiles = None  # type: ignore[assignment]
    if listfiles is not None and hasattr(listfiles, "write"):
        return listfiles.write(path, people)
    return _write_csv(Path(path), people)  # pragma: no cover


def _write_csv(path: Path, people: Sequence[Recipient]) -> int:
    """UTF-8 with BOM and `;`, as French Excel opens it; written atomically."""
    import csv
    import os
    import tempfile

    keys: list[str] = []
    for r in people:
        keys.extend(k for k in r.fields if k not in keys)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".liste-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow(["Nom", "Numéro", *keys])
            for r in people:
                writer.writerow([r.name, r.number, *(r.fields.get(k, "") for k in keys)])
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(people)
