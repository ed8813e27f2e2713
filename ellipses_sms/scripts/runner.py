"""Import filter scripts: find them, read them, check them, run them into recipients.

A script is a ``.sql`` file a bookstore can read and write itself::

    -- name: Clients acceptant les News par SMS
    -- description: Les clients qui ont coché « Recevoir les News par SMS ».
    --   Les lignes qui suivent (commençant par --) continuent la description.
    -- kind: marketing
    -- param: ville text "" "Ville (vide : toutes)"
    SELECT … AS nom, … AS numero, c.news_sms AS news_sms FROM clients c WHERE …

Parameter types: ``text``, ``number`` (``10`` gives whole numbers, ``10.5`` decimals), ``date``
(``2026-01-31``, ``today`` or ``today-30`` in days) and ``choice(a|b|c)``. Values are always bound
(``:ville``), never pasted into the SQL. The query returns ``nom`` and ``numero`` (or ``name`` and
``number``); every other column is kept for the message placeholders (``{prenom}``,
``{titre_ouvrage}``…).

``kind: marketing`` scripts must return a ``news_sms`` column: a row whose customer has not
accepted the SMS news is never imported, whatever the SQL says (French law on commercial
messages; the old customer card's « Recevoir les News par SMS »).

Shipped scripts live in this package; the bookstore's own ones in `paths.user_scripts_dir()`. A
broken script is listed with its error (file, line, message) and does not hide the others.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from ellipses_sms import paths
from ellipses_sms.bookstore import Bookstore, CancelToken, QueryError
from ellipses_sms.recipients import Recipient, make
from ellipses_sms.scripts import sqlcheck

log = logging.getLogger(__name__)

SHIPPED, USER, FILE = "shipped", "user", "file"
SOURCE_LABELS = {SHIPPED: "fourni", USER: "librairie", FILE: "fichier"}
KINDS = ("notification", "marketing")
PARAM_TYPES = ("text", "number", "date", "choice")
NAME_COLUMNS = ("nom", "name")
NUMBER_COLUMNS = ("numero", "numéro", "number")
CONSENT_COLUMN = "news_sms"
_HEADER_KEYS = ("name", "description", "kind", "param")
_HEADER = re.compile(r"--\s*(name|description|kind|param)\s*:\s?(.*)$", re.IGNORECASE)
_PARAM = re.compile(
    r"""^(?P<key>[A-Za-z_]\w*)\s+
        (?P<type>text|number|date|choice\s*\((?P<choices>[^)]*)\))\s*
        (?P<default>"(?:[^"\\]|\\.)*"|[^\s"]+)?\s*
        (?P<label>"(?:[^"\\]|\\.)*")?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(r"today\s*(?:([+-])\s*(\d+))?$", re.IGNORECASE)


class ScriptError(Exception):
    """A script that cannot be read or run: the file, the line and the reason, in French."""

    def __init__(self, path: Path | str | None, line: int | None, message: str) -> None:
        self.path = Path(path) if path else None
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = self.path.name
        if self.line:
            where += f", ligne {self.line}"
        return f"{where} : {self.message}"


class ParamError(ScriptError):
    """A parameter value the clerk (or the command line) gave that does not fit its type."""


@dataclass(frozen=True)
class Param:
    """A typed parameter of a script, as declared in its header."""

    key: str
    type: str  # text | number | date | choice
    default: Any
    label: str
    choices: tuple[str, ...] = ()
    decimals: bool = False  # number: 10.5 rather than 10
    line: int = 0

    def convert(self, value: Any, path: Path | None = None) -> Any:
        """The value to bind, from what a form or the command line gives (French errors)."""
        if value is None:
            value = self.default

        def bad(message: str) -> ParamError:
            return ParamError(path, None, f"paramètre « {self.label} » ({self.key}) : {message}")

        if self.type == "text":
            return "" if value is None else str(value)
        if self.type == "number":
            if isinstance(value, bool):
                raise bad("un nombre est attendu")
            if isinstance(value, int | float | Decimal):
                number = value
            else:
                text = str(value).strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
                try:
                    number = float(text) if self.decimals or "." in text else int(text)
                except ValueError:
                    raise bad(f"« {value} » n'est pas un nombre") from None
            return float(number) if self.decimals else _whole(number, bad)
        if self.type == "date":
            return _to_date(value, bad)
        # choice
        text = str(value).strip()
        for choice in self.choices:
            if choice.casefold() == text.casefold():
                return choice
        raise bad(f"« {value} » n'est pas un choix possible ({', '.join(self.choices)})")

    def initial(self) -> Any:
        """The default as a value (a relative date such as ``today-30`` resolved today)."""
        return self.convert(self.default)

    def default_text(self) -> str:
        """The default in French, for the clerk (``aujourd'hui - 30 jours (24/10/2026)``)."""
        value = self.initial()
        if self.type == "date":
            shown = value.strftime("%d/%m/%Y")
            m = _RELATIVE_DAY.match(str(self.default))
            if m and m.group(2):
                sign = "-" if m.group(1) == "-" else "+"
                return f"aujourd'hui {sign} {m.group(2)} jours ({shown})"
            return f"aujourd'hui ({shown})" if m else shown
        if self.type == "number" and self.decimals:
            return f"{value:g}".replace(".", ",")
        return str(value) if value != "" else "(vide)"

    def to_json(self) -> dict[str, Any]:
        default = self.default
        if isinstance(default, date):
            default = default.isoformat()
        value = self.initial()
        return {
            "key": self.key,
            "type": self.type,
            "default": default,
            "value": value.isoformat() if isinstance(value, date) else value,
            "label": self.label,
            "choices": list(self.choices),
        }


def _whole(number: Any, bad) -> int:
    if isinstance(number, float) and not number.is_integer():
        raise bad(f"« {number:g} » : un nombre entier est attendu")
    return int(number)


def _to_date(value: Any, bad) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _RELATIVE_DAY.match(text)
    if m:
        days = int(m.group(2) or 0) * (-1 if m.group(1) == "-" else 1)
        return date.today() + timedelta(days=days)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise bad(f"« {value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)")


@dataclass(frozen=True)
class Script:
    """One filter script: what the clerk reads, its parameters and its query."""

    path: Path
    source: str  # shipped | user | file
    name: str
    description: str = ""
    kind: str = "notification"
    params: tuple[Param, ...] = ()
    sql: str = ""
    sql_line: int = 1
    tokens: tuple[sqlcheck.Token, ...] = field(default=(), repr=False, compare=False)
    error: ScriptError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def ident(self) -> str:
        """What ``--script`` accepts: the file name without ``.sql``."""
        return self.path.stem

    @property
    def marketing(self) -> bool:
        return self.kind == "marketing"

    def param(self, key: str) -> Param | None:
        return next((p for p in self.params if p.key == key), None)

    def values(self, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Every parameter's value: given ones converted, the others at their default."""
        given = dict(given or {})
        unknown = [k for k in given if self.param(k) is None]
        if unknown:
            known = ", ".join(p.key for p in self.params) or "aucun"
            raise ParamError(
                self.path,
                None,
                f"paramètre inconnu : {', '.join(unknown)} (paramètres du script : {known})",
            )
        return {p.key: p.convert(given.get(p.key), self.path) for p in self.params}

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.ident,
            "description": self.description,
            "kind": self.kind,
            "source": self.source,
            "path": str(self.path),
            "parameters": [p.to_json() for p in self.params],
            "error": str(self.error) if self.error else None,
        }


# -- reading a script -------------------------------------------------------------------------


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def _parse_param(text: str, line: int, path: Path) -> Param:
    m = _PARAM.match(text.strip())
    if not m:
        raise ScriptError(
            path,
            line,
            'paramètre mal écrit ; forme attendue : -- param: clé type défaut "Libellé" '
            "(types : text, number, date, choice(a|b|c))",
        )
    key = m["key"]
    kind = m["type"].split("(")[0].strip().lower()
    raw_default = _unquote(m["default"]) if m["default"] is not None else None
    label = _unquote(m["label"]) if m["label"] else key
    choices: tuple[str, ...] = ()
    decimals = False
    if kind == "choice":
        choices = tuple(c.strip() for c in (m["choices"] or "").split("|") if c.strip())
        if not choices:
            raise ScriptError(path, line, f"paramètre {key} : choice() sans aucun choix")
        if raw_default in (None, ""):
            raw_default = choices[0]
    elif kind == "number":
        decimals = raw_default is not None and ("." in raw_default or "," in raw_default)
        raw_default = raw_default if raw_default not in (None, "") else "0"
    elif kind == "date":
        raw_default = raw_default if raw_default not in (None, "") else "today"
    param = Param(key, kind, raw_default, label, choices, decimals, line)
    try:
        # a relative date default stays relative (« today-30 » is recomputed each day)
        if kind == "date" and _RELATIVE_DAY.match(str(raw_default)):
            param.convert(raw_default, path)
        else:
            default = param.convert(raw_default, path)
            param = Param(key, kind, default, label, choices, decimals, line)
    except ParamError as exc:
        raise ScriptError(path, line, f"valeur par défaut invalide : {exc.message}") from None
    return param


def parse(text: str, path: Path | str, source: str = FILE) -> Script:
    """Read a script's text; a broken one comes back with ``error`` set (never raises)."""
    path = Path(path)
    try:
        return _parse(text, path, source)
    except ScriptError as exc:
        names = re.findall(r"^\s*--\s*name\s*:\s*(.+?)\s*$", text, re.IGNORECASE | re.MULTILINE)
        return Script(path, source, names[0] if names else path.stem, error=exc)


def _parse(text: str, path: Path, source: str) -> Script:
    lines = text.splitlines()
    values: dict[str, list[str]] = {"name": [], "description": [], "kind": []}
    params: list[Param] = []
    last_key: str | None = None
    body_start = len(lines)
    for index, raw in enumerate(lines):
        number = index + 1
        stripped = raw.strip()
        if index == 0:
            stripped = stripped.lstrip("\ufeff")
        if not stripped:
            if last_key == "description":
                values["description"].append("")
            continue
        if not stripped.startswith("--"):
            body_start = index
            break
        m = _HEADER.match(stripped)
        if m:
            key = m.group(1).lower()
            value = m.group(2).strip()
            if key == "param":
                params.append(_parse_param(value, number, path))
            else:
                if values[key] and key != "description":
                    raise ScriptError(path, number, f"« {key}: » apparaît deux fois")
                values[key].append(value)
            last_key = key
        elif last_key == "description":
            values["description"].append(stripped[2:].strip())
        # any other comment line is just a comment
    name = " ".join(values["name"]).strip()
    if not name:
        raise ScriptError(path, 1, "en-tête sans « -- name: » (le nom montré au libraire)")
    kind = (" ".join(values["kind"]).strip() or "notification").lower()
    if kind not in KINDS:
        line = next(
            (i + 1 for i, t in enumerate(lines) if t.strip().lower().startswith("-- kind")), 1
        )
        raise ScriptError(path, line, f"« kind: {kind} » inconnu (notification ou marketing)")
    description = _paragraphs(values["description"])
    seen: set[str] = set()
    for p in params:
        if p.key in seen:
            raise ScriptError(path, p.line, f"paramètre « {p.key} » déclaré deux fois")
        seen.add(p.key)
    sql = "\n".join(lines[body_start:])
    sql_line = body_start + 1
    try:
        tokens = sqlcheck.check_read_only(sql, sql_line)
    except sqlcheck.SqlCheckError as exc:
        raise ScriptError(path, exc.line, exc.message) from None
    for bind, line in sqlcheck.binds(tokens):
        if bind not in seen:
            raise ScriptError(
                path,
                line,
                f"paramètre « :{bind} » utilisé mais non déclaré (ajoutez « -- param: {bind} … »)",
            )
    return Script(
        path, source, name, description, kind, tuple(params), sql, sql_line, tuple(tokens)
    )


def _paragraphs(lines: list[str]) -> str:
    """Description lines joined into paragraphs (an empty ``--`` line starts a new one)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return "\n\n".join(paragraphs)


def load(path: Path | str, source: str = FILE) -> Script:
    """Read one script file (a broken or unreadable one comes back with its error)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = path.read_text(encoding="cp1252")  # saved by Notepad on an old Windows
        except (OSError, UnicodeDecodeError) as exc:
            return Script(path, source, path.stem, error=ScriptError(path, None, str(exc)))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Script(path, source, path.stem, error=ScriptError(path, None, reason))
    return parse(text, path, source)


# -- finding scripts --------------------------------------------------------------------------


def shipped_dir() -> Path:
    return Path(str(resources.files("ellipses_sms.scripts")))


def discover(user_dir: Path | None = None) -> list[Script]:
    """Shipped scripts then the bookstore's own, each group sorted by file name."""
    found = [load(p, SHIPPED) for p in sorted(shipped_dir().glob("*.sql"))]
    folder = user_dir if user_dir is not None else paths.user_scripts_dir()
    if folder.is_dir():
        found += [load(p, USER) for p in sorted(folder.glob("*.sql"), key=lambda p: p.name.lower())]
    return found


def find(name_or_path: str, scripts: Sequence[Script] | None = None) -> Script:
    """A script by file path, by file name (``clients_news``) or by its displayed name."""
    candidate = Path(name_or_path).expanduser()
    has_folder = any(sep in name_or_path for sep in ("/", "\\"))
    if candidate.is_file():
        return load(candidate, FILE)
    if has_folder:
        raise ScriptError(candidate, None, "fichier de script introuvable")
    if candidate.suffix.lower() == ".sql":
        name_or_path = candidate.stem  # « commandes_recues.sql »: the script of that name
    scripts = list(scripts) if scripts is not None else discover()
    wanted = name_or_path.strip().casefold()
    # the bookstore's own script wins over a shipped one of the same name
    ordered = [s for s in scripts if s.source == USER] + [s for s in scripts if s.source != USER]
    for match in (lambda s: s.ident.casefold() == wanted, lambda s: s.name.casefold() == wanted):
        for script in ordered:
            if match(script):
                return script
    known = ", ".join(s.ident for s in scripts)
    raise ScriptError(None, None, f"script inconnu : « {name_or_path} » (scripts : {known})")


# -- running a script -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RefusedRow:
    """A row that gave no usable recipient: its position in the results, who, and why."""

    row: int  # 1-based position in the query's results
    name: str
    number: str
    reason: str


@dataclass
class RunResult:
    """What a script gave: recipients ready for the table, and every row that was refused."""

    script: Script
    columns: list[str]
    recipients: list[Recipient]
    refused: list[RefusedRow]
    duplicates: int
    rows: int  # rows the query returned
    first_rows: list[tuple] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        text = f"{self.rows} ligne(s) trouvée(s), {len(self.recipients)} destinataire(s)"
        if self.refused:
            text += f", {len(self.refused)} refusée(s)"
        if self.duplicates:
            text += f", {self.duplicates} doublon(s) écarté(s)"
        return text

    def report(self, limit: int = 50) -> str:
        """The refused rows in French, one per line (the first ``limit``), for the clerk."""
        if not self.refused:
            return ""
        lines = [f"{len(self.refused)} ligne(s) non importée(s) :"]
        for r in self.refused[:limit]:
            who = r.name or "(sans nom)"
            number = f" « {r.number} »" if r.number else ""
            lines.append(f"ligne {r.row} : {who}{number} — {r.reason}")
        if len(self.refused) > limit:
            lines.append(f"… et {len(self.refused) - limit} autre(s).")
        return "\n".join(lines)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",") if not value.is_integer() else str(int(value))
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


_YES = {"1", "o", "oui", "y", "yes", "true", "vrai", "x"}


def consents(value: Any) -> bool:
    """Whether a ``news_sms`` value means « Recevoir les News par SMS » is ticked."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float | Decimal):
        return value != 0
    return _text(value).strip().lower() in _YES


def _column(columns: Sequence[str], names: Iterable[str]) -> int | None:
    folded = [c.strip().casefold() for c in columns]
    for name in names:
        if name in folded:
            return folded.index(name)
    return None


def _bind_value(value: Any, sqlite: bool) -> Any:
    if sqlite and isinstance(value, date):
        return value.isoformat()  # SQLite stores dates as ISO text; no adapter needed
    return value


def run(
    script: Script,
    bookstore: Bookstore,
    params: Mapping[str, Any] | None = None,
    region: str = "FR",
    cancel: CancelToken | None = None,
    keep_rows: int = 0,
) -> RunResult:
    """Run a script (read-only) and turn its rows into recipients.

    Raises `ScriptError` (broken script, database error with the line it points at, missing
    columns) or `bookstore.QueryCancelled`. ``keep_rows`` first raw rows are kept for a preview.
    """
    if script.error is not None:
        raise script.error
    values = script.values(params)
    started = time.perf_counter()
    sqlite = bookstore.is_sqlite
    tokens = list(script.tokens)
    sql = sqlcheck.for_sqlite(tokens) if sqlite else sqlcheck.for_sqlalchemy(tokens)
    bound = {k: _bind_value(v, sqlite) for k, v in values.items()}
    used = {b for b, _ in sqlcheck.binds(tokens)}
    bound = {k: v for k, v in bound.items() if k in used}
    try:
        with bookstore.session(cancel) as session:
            columns, rows = session.execute(sql, bound)
            token = session.cancel
    except QueryError as exc:
        line = sqlcheck.locate(tokens, exc.db_message, script.sql_line)
        raise ScriptError(
            script.path, line, f"la base a refusé la requête : {exc.db_message}"
        ) from None
    result = build(script, columns, rows, region, token, keep_rows)
    result.seconds = time.perf_counter() - started
    log.info(
        "script %s: %s rows, %s recipients, %s refused in %.3fs",
        script.ident,
        result.rows,
        len(result.recipients),
        len(result.refused),
        result.seconds,
    )
    return result


def build(
    script: Script,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    region: str = "FR",
    cancel: CancelToken | None = None,
    keep_rows: int = 0,
) -> RunResult:
    """Rows → recipients: numbers checked, marketing consent enforced, duplicates dropped."""
    name_at = _column(columns, NAME_COLUMNS)
    number_at = _column(columns, NUMBER_COLUMNS)
    if name_at is None or number_at is None:
        wanted = (("nom", name_at), ("numero", number_at))
        missing = " et ".join(label for label, at in wanted if at is None)
        raise ScriptError(
            script.path,
            script.sql_line,
            f"la requête doit renvoyer la colonne {missing} "
            f"(colonnes reçues : {', '.join(columns) or 'aucune'})",
        )
    consent_at = _column(columns, (CONSENT_COLUMN,))
    if script.marketing and consent_at is None:
        raise ScriptError(
            script.path,
            script.sql_line,
            "un script marketing doit renvoyer la colonne news_sms (l'accord du client "
            "« Recevoir les News par SMS ») : sans elle, rien n'est importé",
        )
    extras = [
        (i, c.strip().lower())
        for i, c in enumerate(columns)
        if i not in (name_at, number_at, consent_at)
    ]
    recipients: list[Recipient] = []
    refused: list[RefusedRow] = []
    seen: set[str] = set()
    duplicates = 0
    marketing = script.marketing
    for index, row in enumerate(rows, start=1):
        if cancel is not None and index % 5000 == 0:
            cancel.check()
        name = _text(row[name_at]).strip()
        number = _text(row[number_at]).strip()
        if marketing and not consents(row[consent_at]):  # type: ignore[index]
            refused.append(
                RefusedRow(index, name, number, "n'a pas accepté les News par SMS (marketing)")
            )
            continue
        fields = {key: _text(row[i]) for i, key in extras}
        recipient = make(name, number, region, **fields)
        if recipient.error is not None:
            reason = recipient.error if number else "numéro manquant"
            refused.append(RefusedRow(index, name, number, reason))
            continue
        if recipient.number in seen:
            duplicates += 1
            continue
        seen.add(recipient.number)
        recipients.append(recipient)
    return RunResult(
        script,
        list(columns),
        recipients,
        refused,
        duplicates,
        len(rows),
        [tuple(r) for r in rows[:keep_rows]],
    )


def result_json(result: RunResult) -> dict[str, Any]:
    """The shape ``ellipses-sms import --json`` prints (numbers in E.164)."""
    return {
        "script": result.script.ident,
        "name": result.script.name,
        "kind": result.script.kind,
        "rows": result.rows,
        "recipients": [
            {"name": r.name, "e164": r.number, **dict(r.fields)} for r in result.recipients
        ],
        "refused": [
            {"row": x.row, "name": x.name, "number": x.number, "reason": x.reason}
            for x in result.refused
        ],
        "duplicates": result.duplicates,
    }


def save(path: Path | str, recipients: Sequence[Recipient]) -> int:
    """Write the recipients as a distribution list file; returns the number written.

    Uses the list-file module (CSV or XLSX, atomic) when this build has it; otherwise a plain
    CSV in the same format (UTF-8 with BOM, ``;``), written beside and renamed into place.
    """
    try:
        from ellipses_sms import listfiles
    except ImportError:
        listfiles = None  # type: ignore[assignment]
    if listfiles is not None and hasattr(listfiles, "write"):
        try:
            return listfiles.write(path, recipients)
        except listfiles.ListFileError as exc:
            raise ScriptError(None, None, str(exc)) from None
    return _write_csv(Path(path), recipients)


def _write_csv(path: Path, recipients: Sequence[Recipient]) -> int:
    import csv
    import os
    import tempfile

    if path.suffix.lower() != ".csv":
        raise ScriptError(None, None, f"format d'enregistrement non pris en charge : {path.name}")
    keys: list[str] = []
    for r in recipients:
        keys += [k for k in r.fields if k not in keys]
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow(["Nom", "Téléphone", *keys])
            for r in recipients:
                cells = [r.name, *(r.fields.get(k, "") for k in keys)]
                # a cell starting with = + - @ would run as a formula in a spreadsheet
                safe = ["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in cells]
                writer.writerow([safe[0], r.number, *safe[1:]])
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(recipients)
