"""A small SQL tokenizer: one read-only statement, its named parameters, nothing pasted.

Why: a filter script must only read. The read-only connection (see `bookstore`) is the real
guarantee; this check comes first so that a script that tries to write is refused with a clear
French message and the line, before it reaches the database. Words are looked at outside string
literals, quoted names and comments, so ``WHERE note = 'DELETE'`` is fine and
``SELECT 1; DROP TABLE clients`` is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Statement words a read-only query never needs (``REPLACE`` only as a statement: the
#: ``replace(x, a, b)`` function is welcome to clean phone numbers).
FORBIDDEN = frozenset(
    {
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
        "REINDEX",
        "ANALYZE",
        "TRUNCATE",
        "GRANT",
        "REVOKE",
        "MERGE",
        "UPSERT",
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
        "SET",
        "LOAD_EXTENSION",
    }
)
_STARTS = frozenset({"SELECT", "WITH"})


class SqlCheckError(ValueError):
    """Why the query is refused (French), and the line of the script where it is."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word, bind, string, quoted, comment, space, semicolon, other
    text: str
    line: int


_WORD = re.compile(r"[A-Za-z_\u00c0-\uffff][\w$]*")
_BIND = re.compile(r":([A-Za-z_]\w*)")
_NUMBER = re.compile(r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?")
_SPACE = re.compile(r"\s+")
_CLOSERS = {"'": "'", '"': '"', "`": "`", "[": "]"}


def tokenize(sql: str, first_line: int = 1) -> list[Token]:
    """Split ``sql`` into tokens, each with its line in the script file."""
    tokens: list[Token] = []
    i, n, line = 0, len(sql), first_line
    while i < n:
        c = sql[i]
        start_line = line
        if c in " \t\r\n\f\v":
            m = _SPACE.match(sql, i)
            assert m is not None
            text = m.group()
            kind = "space"
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            text = sql[i:end]
            kind = "comment"
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end < 0:
                raise SqlCheckError("commentaire /* … */ non refermé", start_line)
            text = sql[i : end + 2]
            kind = "comment"
        elif c in _CLOSERS:
            closer = _CLOSERS[c]
            j = i + 1
            while True:
                end = sql.find(closer, j)
                if end < 0:
                    what = "chaîne de caractères" if c == "'" else "nom entre guillemets"
                    raise SqlCheckError(f"{what} non refermé(e) ({c}…)", start_line)
                if closer != "]" and sql.startswith(closer * 2, end):
                    j = end + 2  # '' inside a string, "" inside a quoted name
                    continue
                break
            text = sql[i : end + 1]
            kind = "string" if c == "'" else "quoted"
        elif c == ":" and sql.startswith("::", i):
            text, kind = "::", "other"  # PostgreSQL cast, not a parameter
        elif c == ":" and (m := _BIND.match(sql, i)):
            text, kind = m.group(), "bind"
        elif c == ";":
            text, kind = ";", "semicolon"
        elif c == "?":
            raise SqlCheckError(
                "paramètre « ? » non pris en charge : nommez-le (:nom) et déclarez-le "
                "dans l'en-tête (-- param:)",
                start_line,
            )
        elif c == "$" and re.match(r"\$\w*\$", sql[i:]):
            raise SqlCheckError("chaînes $…$ non prises en charge : utilisez '…'", start_line)
        elif m := _WORD.match(sql, i):
            text, kind = m.group(), "word"
        elif m := _NUMBER.match(sql, i):
            text, kind = m.group(), "other"
        else:
            text, kind = c, "other"
        tokens.append(Token(kind, text, start_line))
        line += text.count("\n")
        i += len(text)
    return tokens


def check_read_only(sql: str, first_line: int = 1) -> list[Token]:
    """The tokens of ``sql`` if it is one SELECT (or WITH … SELECT); else `SqlCheckError`."""
    tokens = tokenize(sql, first_line)
    meaningful = [t for t in tokens if t.kind not in ("space", "comment")]
    if not meaningful:
        raise SqlCheckError("aucune requête après l'en-tête", first_line)
    semicolons = [k for k, t in enumerate(meaningful) if t.kind == "semicolon"]
    if semicolons:
        first = semicolons[0]
        if any(t.kind != "semicolon" for t in meaningful[first:]):
            after = next(t for t in meaningful[first:] if t.kind != "semicolon")
            raise SqlCheckError(
                "une seule requête par script (un « ; » est suivi d'une autre instruction)",
                after.line,
            )
        meaningful = meaningful[:first]
        if not meaningful:
            raise SqlCheckError("aucune requête après l'en-tête", first_line)
    head = meaningful[0]
    if head.kind != "word" or head.text.upper() not in _STARTS:
        raise SqlCheckError(
            f"la requête doit commencer par SELECT ou WITH (trouvé « {head.text} »)", head.line
        )
    for k, t in enumerate(meaningful):
        if t.kind != "word":
            continue
        word = t.text.upper()
        if word not in FORBIDDEN:
            continue
        if word == "REPLACE" and k + 1 < len(meaningful) and meaningful[k + 1].text == "(":
            continue  # the replace() function
        raise SqlCheckError(
            f"« {t.text} » n'est pas permis : un script d'import ne fait que lire la base", t.line
        )
    return tokens


def binds(tokens: list[Token]) -> list[tuple[str, int]]:
    """The named parameters (``:nom``) the query uses, with their lines, in order."""
    return [(t.text[1:], t.line) for t in tokens if t.kind == "bind"]


def for_sqlalchemy(tokens: list[Token]) -> str:
    """The query for SQLAlchemy's ``text()``: comments dropped, colons in literals escaped.

    ``text()`` takes every ``:word`` for a parameter, even inside ``'10:30'``; escaping them
    keeps literals literal. Only the final ``;`` is dropped (some drivers refuse it).
    """
    out: list[str] = []
    for t in tokens:
        if t.kind == "comment":
            out.append(" ")
        elif t.kind in ("string", "quoted"):
            out.append(t.text.replace(":", r"\:"))
        elif t.kind == "semicolon":
            continue
        else:
            out.append(t.text)
    return "".join(out).strip()


def for_sqlite(tokens: list[Token]) -> str:
    """The query for the ``sqlite3`` module (which understands ``:nom`` itself), without ``;``."""
    return "".join(t.text for t in tokens if t.kind != "semicolon").strip()


def locate(tokens: list[Token], db_message: str, default: int) -> int:
    """The line a database error points at (``no such column: x``, ``near "x"``), if found."""
    patterns = (
        r'near "([^"]+)"',
        r"no such (?:column|table|function): ([\w.]+)",
        r"column \"?([\w.]+)\"? does not exist",
        r"relation \"?([\w.]+)\"? does not exist",
        r"Unknown column '([\w.]+)'",
        r"ambiguous column name: ([\w.]+)",
    )
    for pattern in patterns:
        m = re.search(pattern, db_message, re.IGNORECASE)
        if not m:
            continue
        wanted = m.group(1).split(".")[-1].lower()
        for t in tokens:
            if t.kind in ("word", "quoted", "other") and t.text.strip('"`[]').lower() == wanted:
                return t.line
    return default
