"""Distribution list files: read CSV, XLSX, XLS and ODS, write CSV and XLSX, never losing a row.

Why this module exists: bookstores keep their customer lists in Excel or in CSV exports from
whatever tool they used before, with every separator, encoding and column name imaginable. The
window, the command line (`send --list`, `list check`) and the tests all read through `read`, so a
file is understood the same way everywhere. Every row that is not imported comes back with its row
number (as Excel numbers it, the header being row 1) and a short French reason; nothing is dropped
in silence. `write` saves atomically: the previous file stays whole until the new one is complete.

Plain Python, no Qt.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import operator
import os
import re
import tempfile
import threading
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ellipses_sms import fileops, paths, phone
from ellipses_sms.recipients import Recipient, building_many

log = logging.getLogger(__name__)

__all__ = [
    "CSV_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MESSAGE_FIELDS",
    "SPREADSHEET_SUFFIXES",
    "SUFFIXES",
    "XLSX_SUFFIXES",
    "ColumnsNeeded",
    "Duplicate",
    "ListFileError",
    "Mapping",
    "ReadCancelled",
    "ReadResult",
    "Refused",
    "detect_mapping",
    "read",
    "remember_mapping",
    "remembered_mapping",
    "write",
]

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
#: Spreadsheets read with python-calamine (Excel 2007+, Excel 97-2003, OpenDocument).
SPREADSHEET_SUFFIXES = (*XLSX_SUFFIXES, ".xls", ".ods")
SUFFIXES = CSV_SUFFIXES + SPREADSHEET_SUFFIXES

#: Bigger files are refused with a clear message rather than freezing the workstation.
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Excel's own limit is 1,048,576 rows.
MAX_ROWS = 1_048_576
#: Uncompressed size of an XLSX's or ODS's parts (a "zip bomb" is refused before it is inflated).
MAX_XLSX_UNCOMPRESSED = 600 * 1024 * 1024

#: Column keys (`field_key`) of a list that gives each row its own message: with no text for
#: the send, each recipient gets the template in that column (`compose.compose`).
MESSAGE_FIELDS = ("message", "texte")

PREVIEW_ROWS = 10
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISED = frozenset("=+-@")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_CHECK_CANCEL_EVERY = 2048


# --------------------------------------------------------------------------- errors and results


class ListFileError(Exception):
    """The file cannot be read as a list; ``str()`` is the French message for the clerk."""


class ReadCancelled(ListFileError):
    """The clerk cancelled a long read."""


@dataclass(frozen=True)
class Mapping:
    """Which columns (0-based) make the name and which holds the number.

    ``name_columns`` are joined with a space ("Prénom" then "Nom"); ``fallback_name_columns``
    (e.g. "Raison sociale") give the name when those are empty. ``fallback_number_columns`` are
    tried in turn when the number column is empty or unusable (a "Tél" beside a "Portable").
    ``has_header`` is False for a file whose first row is already a recipient.
    """

    name_columns: tuple[int, ...]
    number_column: int
    has_header: bool = True
    fallback_name_columns: tuple[int, ...] = ()
    fallback_number_columns: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name_columns": list(self.name_columns),
            "number_column": self.number_column,
            "has_header": self.has_header,
            "fallback_name_columns": list(self.fallback_name_columns),
            "fallback_number_columns": list(self.fallback_number_columns),
        }

    @classmethod
    def from_json(cls, data: Any) -> Mapping | None:
        """A mapping from the layouts file, or None if the entry is damaged."""
        try:
            mapping = cls(
                tuple(int(i) for i in data["name_columns"]),
                int(data["number_column"]),
                bool(data.get("has_header", True)),
                tuple(int(i) for i in data.get("fallback_name_columns", ())),
                tuple(int(i) for i in data.get("fallback_number_columns", ())),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return mapping if mapping.number_column >= 0 else None

    def columns(self) -> tuple[int, ...]:
        return (
            *self.name_columns,
            self.number_column,
            *self.fallback_name_columns,
            *self.fallback_number_columns,
        )


class ColumnsNeeded(Exception):
    """The name and number columns could not be recognised: the clerk must choose them.

    ``headers`` is the first row as written, ``preview_rows`` the next rows (for the mapping
    dialog), ``layout_key`` identifies this layout to remember the choice, ``suggestion`` is the
    best guess (or None) to pre-select in the dialog.
    """

    def __init__(
        self,
        headers: Sequence[str],
        preview_rows: Sequence[Sequence[str]],
        layout_key: str,
        suggestion: Mapping | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(
            "colonnes non reconnues : " + (", ".join(h for h in headers if h) or "aucun en-tête")
        )
        self.headers = list(headers)
        self.preview_rows = [list(r) for r in preview_rows]
        self.layout_key = layout_key
        self.suggestion = suggestion
        self.path = path


@dataclass(frozen=True, slots=True)
class Refused:
    """A row that was not imported: its row number as Excel shows it, and why (French)."""

    row: int
    reason: str
    name: str = ""
    number: str = ""


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A row whose number (same E.164) already came on an earlier row: kept once."""

    row: int
    first_row: int
    name: str
    e164: str


@dataclass
class ReadResult:
    """What a list file gives: valid recipients (deduplicated), refused rows, duplicates."""

    recipients: list[Recipient]
    refused: list[Refused] = field(default_factory=list)
    duplicate_rows: list[Duplicate] = field(default_factory=list)
    path: Path | None = None
    headers: list[str] = field(default_factory=list)
    mapping: Mapping | None = None
    field_names: list[str] = field(default_factory=list)  # extra fields, for placeholders
    #: The send kind the list was saved with (`states.SendKind`), when its file says one:
    #: only an .xlsx saved by Ellipses SMS does (its keywords); a CSV has no place for it.
    kind: str | None = None

    @property
    def duplicates(self) -> int:
        return len(self.duplicate_rows)

    @property
    def message_field(self) -> str | None:
        """The field of a « Message » / « Texte » column: this list gives each row its text."""
        return next((k for k in MESSAGE_FIELDS if k in self.field_names), None)

    def report(self) -> str:
        """A summary the clerk can copy or save; "" when every row was imported."""
        if not self.refused and not self.duplicate_rows:
            return ""
        lines: list[str] = []
        title = f"Liste « {self.path.name} »" if self.path else "Liste"
        lines.append(
            f"{title} : {len(self.recipients)} destinataire(s) importé(s), "
            f"{len(self.refused)} ligne(s) refusée(s), {self.duplicates} doublon(s)."
        )
        if self.refused:
            lines.append("")
            lines.append("Lignes non importées :")
            for x in self.refused:
                who = ", ".join(v for v in (x.name, x.number) if v)
                lines.append(f"ligne {x.row} : {x.reason}" + (f" ({who})" if who else ""))
        if self.duplicate_rows:
            lines.append("")
            lines.append("Doublons (numéro déjà présent, gardé une seule fois) :")
            for d in self.duplicate_rows:
                who = ", ".join(v for v in (d.name, phone.display(d.e164)) if v)
                lines.append(f"ligne {d.row} : même numéro que la ligne {d.first_row} ({who})")
        return "\n".join(lines)


# --------------------------------------------------------------------------- column names


def _fold(text: str) -> str:
    """Lower case, no accents, runs of anything else than letters/digits as one space."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    bare = bare.replace("œ", "oe").replace("æ", "ae")
    return " ".join(re.findall(r"[a-z0-9]+", bare))


def field_key(header: str) -> str:
    """The placeholder key of a column: "Prénom" → "prenom", "Titre ouvrage" → "titre_ouvrage"."""
    return _fold(header).replace(" ", "_")


_FIRST_NAMES = {"prenom", "prenoms", "first name", "firstname", "given name", "prenom client"}
_LAST_NAMES = {
    "nom",
    "noms",
    "name",
    "last name",
    "lastname",
    "surname",
    "family name",
    "nom de famille",
    "nom client",
    "nom du client",
    "client",
    "nom usuel",
    "patronyme",
}
_FULL_NAMES = {
    "nom prenom",
    "nom et prenom",
    "nom prenoms",
    "prenom nom",
    "prenom et nom",
    "nom complet",
    "full name",
    "fullname",
    "destinataire",
    "contact",
    "nom contact",
    "nom du contact",
    "customer",
    "customer name",
    "nom destinataire",
    "identite",
}
_COMPANIES = {
    "raison sociale",
    "societe",
    "entreprise",
    "company",
    "organisation",
    "organisme",
    "etablissement",
    "nom societe",
    "nom de la societe",
    "nom entreprise",
    "company name",
}
_MOBILE_WORDS = {"portable", "port", "mobile", "mob", "gsm", "cellulaire", "cell", "cellphone"}
_PHONE_WORDS = {"telephone", "tel", "tele", "phone", "telephones", "tph", "tlph", "tlf"}
_NUMBER_ALONE = {"numero", "num", "n", "no", "number", "msisdn", "numero sms", "sms"}
_NOT_PHONE = {"fax", "telecopie", "mail", "email", "courriel", "client", "commande", "carte"}

# Roles, in preference order inside each group.
_MOBILE, _PHONE, _NUMBER = 0, 1, 2
_FIRST, _LAST, _FULL, _COMPANY = "first", "last", "full", "company"


def _number_rank(folded: str) -> int | None:
    """How surely a column holds phone numbers (0 = mobile, 2 = a bare "Numéro"), or None."""
    tokens = {t.rstrip("0123456789") or t for t in folded.split()}
    if tokens & _NOT_PHONE:
        return None
    if tokens & _MOBILE_WORDS:
        return _MOBILE
    if tokens & _PHONE_WORDS:
        return _PHONE
    if folded in _NUMBER_ALONE:
        return _NUMBER
    return None


def _name_role(folded: str) -> str | None:
    if folded in _FIRST_NAMES:
        return _FIRST
    if folded in _LAST_NAMES:
        return _LAST
    if folded in _FULL_NAMES:
        return _FULL
    if folded in _COMPANIES:
        return _COMPANY
    tokens = folded.split()
    if "prenom" in tokens or "prenoms" in tokens:
        return _FULL if "nom" in tokens else _FIRST
    if tokens and tokens[0] in ("nom", "name") and len(tokens) <= 3:
        if {"societe", "entreprise", "company"} & set(tokens):
            return _COMPANY
        if not {"ouvrage", "livre", "produit", "article", "fichier", "auteur", "editeur"} & set(
            tokens
        ):
            return _LAST
    return None


def layout_key(headers: Sequence[str]) -> str:
    """Identifies a column layout (same headers, same order) to remember the clerk's choice."""
    joined = "\x1f".join(_fold(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def detect_mapping(headers: Sequence[str]) -> Mapping | None:
    """The mapping the usual column names give, or None when no number column is recognised."""
    numbers: list[tuple[int, int]] = []
    roles: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        folded = _fold(header)
        if not folded:
            continue
        role = _name_role(folded)
        if role is not None:
            roles.setdefault(role, []).append(index)
            continue
        rank = _number_rank(folded)
        if rank is not None:
            numbers.append((rank, index))
    if not numbers:
        return None
    numbers.sort()
    name: tuple[int, ...] = ()
    fallback: list[int] = []
    if _LAST in roles:
        name = (roles[_FIRST][0], roles[_LAST][0]) if _FIRST in roles else (roles[_LAST][0],)
        fallback = roles.get(_FULL, [])[:1] + roles.get(_COMPANY, [])[:1]
    elif _FULL in roles:
        name = (roles[_FULL][0],)
        fallback = roles.get(_COMPANY, [])[:1]
    elif _COMPANY in roles:
        name = (roles[_COMPANY][0],)
        fallback = roles.get(_FIRST, [])[:1]
    elif _FIRST in roles:
        name = (roles[_FIRST][0],)
    return Mapping(
        name_columns=name,
        number_column=numbers[0][1],
        fallback_name_columns=tuple(fallback),
        fallback_number_columns=tuple(i for _, i in numbers[1:]),
    )


# --------------------------------------------------------------------------- remembered layouts


def _layouts_file() -> Path:
    return paths.config_dir() / "list_layouts.json"


def _load_layouts() -> dict[str, Any]:
    target = _layouts_file()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("list layouts file %s unreadable (%s); ignored", target, exc)
        return {}
    return data if isinstance(data, dict) else {}


def remembered_mapping(key: str) -> Mapping | None:
    """The columns the clerk chose last time for this layout, if any."""
    entry = _load_layouts().get(key)
    return Mapping.from_json(entry) if isinstance(entry, dict) else None


def remember_mapping(key: str, mapping: Mapping, headers: Sequence[str] = ()) -> None:
    """Remember the clerk's choice for this layout (the headers are kept to read the file)."""
    layouts = _load_layouts()
    layouts[key] = {**mapping.to_json(), "headers": [str(h) for h in headers]}
    _atomic_write_text(_layouts_file(), json.dumps(layouts, ensure_ascii=False, indent=2))


def forget_mapping(key: str) -> None:
    layouts = _load_layouts()
    if layouts.pop(key, None) is not None:
        _atomic_write_text(_layouts_file(), json.dumps(layouts, ensure_ascii=False, indent=2))


# --------------------------------------------------------------------------- reading raw rows


def _sniff_kind(path: Path, head: bytes) -> str:
    """ "csv", "zip" (XLSX or ODS) or "xls" from the extension, checked against the first bytes."""
    suffix = path.suffix.lower()
    if head.startswith(_OLE2_MAGIC):
        return _ole2_kind(path)
    if suffix == ".numbers":
        raise ListFileError(
            f"« {path.name} » : ce format de tableur n'est pas pris en charge. "
            "Enregistrez le fichier en .xlsx, en .ods ou en CSV."
        )
    if suffix in SPREADSHEET_SUFFIXES:
        if head.startswith(_ZIP_MAGIC):
            return "zip"
        if head[:1] and not _looks_binary(head):
            return "csv"  # a CSV (or a tab-separated "Excel export") saved as .xlsx or .xls
        raise ListFileError(
            f"« {path.name} » n'est pas un classeur valable (fichier endommagé "
            "ou d'un autre format)."
        )
    if suffix in CSV_SUFFIXES or suffix == "":
        if head.startswith(_ZIP_MAGIC):
            return "zip"  # an Excel file renamed .csv
        return "csv"
    raise ListFileError(
        f"« {path.name} » : format non pris en charge ({path.suffix}). "
        "Les listes se lisent en CSV (.csv, .txt) ou en tableur (.xlsx, .xls, .ods)."
    )


def _ole2_kind(path: Path) -> str:
    """An OLE2 compound file: an Excel 97-2003 workbook, or a password-protected .xlsx."""
    try:
        with path.open("rb") as fh:
            blob = fh.read(4 * 1024 * 1024)
    except OSError:
        blob = b""
    if _ENCRYPTED_STREAM in blob:
        raise ListFileError(_password_message(path))
    return "xls"


def _password_message(path: Path) -> str:
    return (
        f"« {path.name} » est protégé par un mot de passe. Ouvrez-le dans Excel, retirez "
        "le mot de passe (Fichier > Informations > Protéger le classeur) puis réessayez."
    )


def _looks_binary(blob: bytes) -> bool:
    if b"\x00" in blob:
        return True
    controls = sum(1 for b in blob if b < 32 and b not in (9, 10, 13))
    return controls > max(4, len(blob) // 100)


def _decode(path: Path, data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ListFileError(f"« {path.name} » : texte Unicode endommagé.") from None
    if _looks_binary(data[:65536]):
        raise ListFileError(
            f"« {path.name} » n'est pas un fichier texte (CSV) : son contenu est binaire."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _delimiter(text: str) -> str:
    """`;`, `,` or tab: csv.Sniffer on the first lines, checked by counting."""
    lines = [line for line in text[:65536].splitlines() if line.strip()][:20]
    if not lines:
        return ";"
    sample = "\n".join(lines)
    try:
        found = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
        if found in lines[0]:
            return found
    except csv.Error:
        pass
    best, best_score = ";", 0
    for candidate in (";", "\t", ","):
        counts = [line.count(candidate) for line in lines]
        score = min(counts) * 1000 + sum(counts) if counts[0] else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


def _csv_rows(path: Path, data: bytes) -> Iterator[list[str]]:
    text = _decode(path, data)
    if not text.strip():
        raise ListFileError(f"« {path.name} » est vide.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    quoted = "'" in text  # most files have none: skip the per-cell check below
    try:
        if quoted:
            for row in reader:
                cells = [cell.strip() for cell in row]
                for i, cell in enumerate(cells):
                    if cell[:1] == "'" and cell[1:2] in _NEUTRALISED:
                        cells[i] = cell[1:]  # written by cell_safe: give back the clerk's text
                yield cells
        else:
            for row in reader:
                yield [cell.strip() for cell in row]
    except csv.Error as exc:
        raise ListFileError(
            f"« {path.name} », ligne {reader.line_num} : fichier CSV mal formé ({exc})."
        ) from None


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\bactiveTab=\"(\d+)\"")


def _zip_kind(path: Path) -> tuple[str, int]:
    """ "xlsx" or "ods" for a ZIP file, and the sheet Excel shows on opening (0 for ODS).

    The parts are listed (not inflated) first: a damaged archive, one that is not a workbook,
    or a "zip bomb" is refused before the spreadsheet reader sees it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = sum(i.file_size for i in infos)
            names = {i.filename for i in infos}
            active = 0
            if "xl/workbook.xml" in names and total <= MAX_XLSX_UNCOMPRESSED:
                found = _ACTIVE_TAB.search(archive.read("xl/workbook.xml")[:1_000_000])
                active = int(found.group(1)) if found else 0
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise ListFileError(
            f"« {path.name} » est endommagé : ce n'est pas un classeur lisible ({exc})."
        ) from None
    if "xl/workbook.xml" in names:
        kind = "xlsx"
    elif "content.xml" in names:
        kind = "ods"
    else:
        what = "OpenDocument (.ods)" if path.suffix.lower() == ".ods" else "Excel (.xlsx)"
        raise ListFileError(
            f"« {path.name} » n'est pas un classeur {what} : il y manque le classeur."
        )
    if total > MAX_XLSX_UNCOMPRESSED:
        raise ListFileError(_too_big(path))
    return kind, active


def _pick_sheet(book: Any, active: int) -> Any:
    """The sheet the clerk sees on opening (else the first worksheet), or None."""
    from python_calamine import SheetTypeEnum

    metadata = book.sheets_metadata
    order = ([active] if 0 <= active < len(metadata) else []) + list(range(len(metadata)))
    for index in order:
        if metadata[index].typ == SheetTypeEnum.WorkSheet:
            return book.get_sheet_by_index(index)
    return None


def _is_reader_failure(exc: BaseException) -> bool:
    """An error of the spreadsheet reader (a Rust panic included), not Ctrl-C or exit."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _spreadsheet_rows(path: Path, kind: str) -> Iterator[list[str]]:
    """Every row of the shown sheet of an XLSX, XLS or ODS file, read with python-calamine.

    calamine reads the whole sheet in one call (17 times faster than openpyxl on 100,000
    rows); the rows start at A1 whatever the first filled cell, so row numbers are Excel's.
    """
    active = 0
    if kind == "zip":
        kind, active = _zip_kind(path)
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        # a file object, not the path: calamine then judges the format by the content, and an
        # Excel file renamed ".csv" is still read for what it is
        with path.open("rb") as handle:
            book = CalamineWorkbook.from_filelike(handle)
        try:
            sheet = _pick_sheet(book, active)
            if sheet is None:
                raise ListFileError(f"« {path.name} » ne contient aucune feuille de calcul.")
            values = sheet.to_python(skip_empty_area=False)
        finally:
            with contextlib.suppress(Exception):
                book.close()
    except ListFileError:
        raise
    except PasswordError:
        raise ListFileError(_password_message(path)) from None
    except OSError as exc:
        raise ListFileError(f"Impossible de lire {path} : {exc.strerror or exc}") from None
    except BaseException as exc:  # third-party parser on an untrusted file: "broken"
        if not _is_reader_failure(exc):
            raise
        log.info("%s %s unreadable: %r", kind, path, exc)
        if kind == "xls" and path.suffix.lower() in XLSX_SUFFIXES:
            # an .xlsx in an OLE2 container that is no Excel 97-2003 workbook: an encrypted one
            raise ListFileError(_password_message(path)) from None
        raise ListFileError(
            f"« {path.name} » est endommagé : ce classeur ne peut pas être lu. Ouvrez-le dans "
            "votre tableur et enregistrez-le de nouveau (.xlsx, .ods ou CSV)."
        ) from None
    return _sheet_text(values)


def _sheet_text(values: list[list[Any]]) -> Iterator[list[str]]:
    cell_text = _cell_text
    strip = str.strip
    for row in values:
        try:
            yield list(map(strip, row))  # most rows: text only
        except TypeError:  # a number, a date, a boolean in the row
            yield [v.strip() if type(v) is str else cell_text(v) for v in row]


def _too_big(path: Path) -> str:
    return (
        f"« {path.name} » est trop volumineux pour une liste de diffusion "
        f"(au plus {MAX_FILE_BYTES // (1024 * 1024)} Mo et {MAX_ROWS:,} lignes).".replace(",", " ")
    )


def _raw_rows(path: Path) -> Iterator[list[str]]:
    """Every row of the file, as text cells, or a ListFileError."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ListFileError(f"Fichier introuvable : {path}") from None
    except OSError as exc:
        raise ListFileError(f"Impossible de lire {path} : {exc.strerror or exc}") from None
    if path.is_dir():
        raise ListFileError(f"« {path} » est un dossier, pas une liste.")
    if size == 0:
        raise ListFileError(f"« {path.name} » est vide.")
    if size > MAX_FILE_BYTES:
        raise ListFileError(_too_big(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
            kind = _sniff_kind(path, head)
            data = head + fh.read() if kind == "csv" else b""
    except OSError as exc:
        raise ListFileError(f"Impossible de lire {path} : {exc.strerror or exc}") from None
    return _csv_rows(path, data) if kind == "csv" else _spreadsheet_rows(path, kind)


# --------------------------------------------------------------------------- reading a list


_REASONS: dict[phone.PhoneError, str] = {
    phone.PhoneError.EMPTY: "numéro manquant",
    phone.PhoneError.NOT_A_NUMBER: "ce n'est pas un numéro de téléphone",
    phone.PhoneError.TOO_SHORT: "numéro trop court",
    phone.PhoneError.TOO_LONG: "numéro trop long",
    phone.PhoneError.INVALID: "numéro invalide",
    phone.PhoneError.INVALID_COUNTRY_CODE: "indicatif de pays inconnu",
}
_NOT_MOBILE_REASONS: dict[phone.NumberType, str] = {
    phone.NumberType.FIXED_LINE: "numéro fixe",
    phone.NumberType.VOIP: "numéro VoIP (pas un mobile)",
    phone.NumberType.TOLL_FREE: "numéro gratuit (pas un mobile)",
    phone.NumberType.PREMIUM_RATE: "numéro surtaxé (pas un mobile)",
    phone.NumberType.SHARED_COST: "numéro de service (pas un mobile)",
}


def refusal_reason(parsed: phone.PhoneNumber) -> str:
    """The short French reason a report line gives (« numéro fixe », « numéro manquant »)."""
    if parsed.error is phone.PhoneError.NOT_MOBILE:
        return _NOT_MOBILE_REASONS.get(parsed.type, "pas un numéro de mobile")  # type: ignore[arg-type]
    return _REASONS.get(parsed.error, parsed.message or "numéro invalide")  # type: ignore[arg-type]


def _headerless_guess(first: Sequence[str], region: str) -> Mapping | None:
    """A file with no header whose first row is a recipient: the column with the number."""
    numbers = [i for i, cell in enumerate(first) if cell and phone.parse(cell, region).e164]
    if len(numbers) != 1:
        return None
    others = tuple(i for i, cell in enumerate(first) if cell and i != numbers[0])
    return Mapping(name_columns=others, number_column=numbers[0], has_header=False)


def _check_mapping(mapping: Mapping, width: int, path: Path) -> None:
    if any(i < 0 for i in mapping.columns()) or (width and max(mapping.columns()) >= width):
        raise ListFileError(
            f"« {path.name} » : les colonnes choisies n'existent pas dans ce fichier."
        )


def read(
    path: str | Path,
    region: str = "FR",
    mapping: Mapping | None = None,
    *,
    cancel: threading.Event | None = None,
    use_remembered: bool = True,
) -> ReadResult:
    """Read a CSV, XLSX, XLS or ODS list: valid recipients (first of each number kept), refusals.

    The columns come from ``mapping`` if given, else from the clerk's remembered choice for this
    layout, else from the usual column names. Raises `ColumnsNeeded` when none applies (the
    window then asks the clerk), `ListFileError` for a file that cannot be read, and
    `ReadCancelled` when ``cancel`` is set during a long read.
    """
    with building_many():  # 100,000 rows make 500,000 objects that all stay alive
        result = _read(Path(path), region, mapping, cancel, use_remembered)
    result.kind = saved_kind(Path(path))
    return result


#: The keyword an .xlsx list saved during a marketing send carries (File › Properties in Excel).
MARKETING_KEYWORD = "ellipses-sms:marketing"


def saved_kind(path: Path) -> str | None:
    """« marketing » when the .xlsx was saved by Ellipses SMS as a marketing list, else None.

    Read from the file's own properties (docProps/core.xml), so a campaign's list reopened
    later is sent under the marketing rules again (consent, STOP, hours)."""
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return None
    import zipfile

    try:
        with zipfile.ZipFile(path) as book:
            core = book.read("docProps/core.xml").decode("utf-8", "replace")
    except Exception:  # damaged properties (a bad deflate stream, a cut file): no kind said
        return None
    return "marketing" if MARKETING_KEYWORD in core else None


def _read(
    path: Path,
    region: str,
    mapping: Mapping | None,
    cancel: threading.Event | None,
    use_remembered: bool,
) -> ReadResult:
    rows = _raw_rows(path)
    first = next(rows, None)
    if first is None or not any(first):
        # leading blank rows: the header is the first non-empty row
        skipped = 1
        for row in rows:
            skipped += 1
            if any(row):
                first = row
                break
        else:
            raise ListFileError(f"« {path.name} » est vide.")
    else:
        skipped = 1
    header_row = skipped  # row number of `first`
    key = layout_key(first)
    if mapping is None and use_remembered:
        mapping = remembered_mapping(key)
        if mapping is not None and max(mapping.columns()) >= len(first):
            mapping = None
    if mapping is None:
        mapping = detect_mapping(first)
    if mapping is None:
        guess = _headerless_guess(first, region)
        if guess is not None and len(guess.name_columns) <= 1:
            mapping = guess
        else:
            preview = []
            for row in rows:
                preview.append(row)
                if len(preview) >= PREVIEW_ROWS:
                    break
            raise ColumnsNeeded(first, preview, key, guess, path)
    _check_mapping(mapping, len(first), path)

    headers = list(first) if mapping.has_header else []
    body: Iterable[list[str]] = rows if mapping.has_header else _chain_first(first, rows)
    start = header_row + 1 if mapping.has_header else header_row
    result = _build(path, body, start, mapping, headers, len(first), region, cancel)
    if not mapping.has_header and not result.recipients and not result.refused:
        raise ListFileError(f"« {path.name} » ne contient aucun destinataire.")
    if mapping.has_header and not result.recipients and not result.refused:
        raise ListFileError(
            f"« {path.name} » ne contient aucun destinataire (seulement la ligne d'en-tête)."
        )
    return result


def _chain_first(first: list[str], rows: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rows


def _field_columns(mapping: Mapping, headers: Sequence[str], width: int) -> list[tuple[int, str]]:
    """(column, key) of every column kept as an extra field: all but the number column."""
    used: set[str] = set()
    columns: list[tuple[int, str]] = []
    for index in range(width):
        if index == mapping.number_column:
            continue
        if headers:
            key = field_key(headers[index]) or f"colonne_{index + 1}"
        else:
            key = f"colonne_{index + 1}"
        base, n = key, 2
        while key in used:
            key, n = f"{base}_{n}", n + 1
        used.add(key)
        columns.append((index, key))
    return columns


def _getter(indices: Sequence[int]) -> Callable[[Sequence[str]], Sequence[str]]:
    """The cells at ``indices`` of a row, as one C-level call (operator.itemgetter)."""
    if not indices:
        return lambda row: ()
    if len(indices) == 1:
        index = indices[0]
        return lambda row: (row[index],)
    return operator.itemgetter(*indices)


def _build(
    path: Path,
    body: Iterable[list[str]],
    start: int,
    mapping: Mapping,
    headers: list[str],
    width: int,
    region: str,
    cancel: threading.Event | None,
) -> ReadResult:
    """The hot loop: one pass, phone parsing cached per distinct raw text."""
    field_cols = _field_columns(mapping, headers, width)
    field_keys = [key for _, key in field_cols]
    field_values = _getter([i for i, _ in field_cols])
    name_cols = mapping.name_columns
    fallback_names = mapping.fallback_name_columns
    number_cols = (mapping.number_column, *mapping.fallback_number_columns)
    single_number = len(number_cols) == 1
    number_col = mapping.number_column
    parsed_cache: dict[str, phone.PhoneNumber] = {}
    parse = phone.parse
    is_france = isinstance(region, str) and region.strip().upper() == "FR"
    fast = phone.french_mobile_e164 if is_france else None
    seen: dict[str, int] = {}
    recipients: list[Recipient] = []
    refused: list[Refused] = []
    duplicates: list[Duplicate] = []
    append = recipients.append
    names_of = _getter(name_cols)
    last_row = start + MAX_ROWS
    for row_number, row in enumerate(body, start):
        if row_number >= last_row:
            raise ListFileError(_too_big(path))
        if cancel is not None and row_number % _CHECK_CANCEL_EVERY == 0 and cancel.is_set():
            raise ReadCancelled("Lecture de la liste annulée.")
        n = len(row)
        if n < width:
            if not any(row):
                continue  # a blank line (or a row of empty cells): nothing to lose
            row = row + [""] * (width - n)
        # number: the first usable one among the number columns; a usual French mobile by the
        # one-regex check, any other text through phone.parse (cached per distinct text)
        e164 = None
        parsed = None
        if single_number:
            raw = row[number_col]
            if fast is not None:
                e164 = fast(raw)
            if e164 is None:
                parsed = parsed_cache.get(raw)
                if parsed is None:
                    parsed = parsed_cache[raw] = parse(raw, region)
        else:
            raw = ""
            for col in number_cols:
                text = row[col]
                if not text:
                    continue
                if fast is not None:
                    e164 = fast(text)
                    if e164 is not None:
                        raw = text
                        break
                candidate = parsed_cache.get(text)
                if candidate is None:
                    candidate = parsed_cache[text] = parse(text, region)
                if candidate.valid:
                    parsed, raw = candidate, text
                    break
                if parsed is None:
                    parsed, raw = candidate, text
            if e164 is None and parsed is None:
                parsed = parsed_cache.get("")
                if parsed is None:
                    parsed = parsed_cache[""] = parse("", region)
        name = " ".join(filter(None, names_of(row)))
        if not name and fallback_names:
            name = " ".join([row[i] for i in fallback_names if row[i]])
        if e164 is None:
            if not parsed.valid:  # type: ignore[union-attr]
                if not raw and not any(row):
                    continue
                refused.append(Refused(row_number, refusal_reason(parsed), name, raw))  # type: ignore[arg-type]
                continue
            e164 = parsed.e164  # type: ignore[union-attr]
        first_row = seen.get(e164)  # type: ignore[arg-type]
        if first_row is not None:
            duplicates.append(Duplicate(row_number, first_row, name, e164))  # type: ignore[arg-type]
            continue
        seen[e164] = row_number  # type: ignore[index]
        fields = dict(zip(field_keys, field_values(row), strict=True))
        append(Recipient(name, e164, fields))  # type: ignore[arg-type]
    return ReadResult(
        recipients=recipients,
        refused=refused,
        duplicate_rows=duplicates,
        path=path,
        headers=headers,
        mapping=mapping,
        field_names=[key for _, key in field_cols],
    )


# --------------------------------------------------------------------------- writing


def cell_safe(text: str) -> str:
    """A CSV cell Excel shows as text, never runs as a formula (=, +, -, @ …)."""
    return "'" + text if text.startswith(FORMULA_START) else text


_LABELS = {
    "prenom": "Prénom",
    "civilite": "Civilité",
    "titre": "Titre",
    "raison_sociale": "Raison sociale",
    "ville": "Ville",
    "code_postal": "Code postal",
    "email": "E-mail",
    "titre_ouvrage": "Titre ouvrage",
}
#: Field keys not written as their own column: the name and number columns already hold them.
_RESERVED = {"nom", "telephone", "numero"}


def _columns_for(recipients: Sequence[Recipient]) -> list[str]:
    keys: dict[str, None] = {}
    for r in recipients:
        for key in r.fields:
            if key not in _RESERVED and key not in keys:
                keys[key] = None
    return list(keys)


def _name_cell(r: Recipient) -> str:
    """The "Nom" cell: without the first name when a "Prénom" column carries it.

    A list read from "Prénom" + "Nom" columns has the full name "Claire Dupond" and the field
    prenom = "Claire"; writing "Dupond" under Nom keeps write → read giving the same name.
    """
    first = r.fields.get("prenom", "")
    if first and r.name.startswith(first + " "):
        return r.name[len(first) + 1 :]
    return r.name


def _rows_for(recipients: Sequence[Recipient], keys: Sequence[str]) -> Iterator[list[str]]:
    for r in recipients:
        get = r.fields.get
        yield [_name_cell(r), r.number, *[str(get(k, "") or "") for k in keys]]


def write(path: str | Path, recipients: Iterable[Recipient], kind: str | None = None) -> int:
    """Save a list as CSV (UTF-8 with BOM, `;`) or XLSX, atomically. Returns the row count.

    `kind` « marketing » is kept in an .xlsx's properties (`saved_kind` reads it back); a CSV
    has no place for it.

    The new content goes to a temporary file in the same folder, is flushed to disk, then
    replaces the old file in one step: a crash or a full disk leaves the previous list whole.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ListFileError(
            f"Format d'enregistrement non pris en charge : « {path.suffix or path.name} » "
            "(.csv ou .xlsx)."
        )
    people = list(recipients)
    keys = _columns_for(people)
    header = ["Nom", "Téléphone", *[_LABELS.get(k, k) for k in keys]]
    rows = _rows_for(people, keys)
    if suffix == ".csv":
        _atomic_write(path, lambda fh: _write_csv(fh, header, rows), binary=False)
    else:
        _atomic_write(path, lambda fh: _write_xlsx(fh, header, rows, kind), binary=True)
    return len(people)


def _write_csv(fh, header: list[str], rows: Iterable[list[str]]) -> None:
    writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
    writer.writerow([cell_safe(h) for h in header])
    for row in rows:
        # the number (column 2) is an E.164 "+33…": written as is, it is not a formula
        writer.writerow([cell_safe(row[0]), row[1], *[cell_safe(c) for c in row[2:]]])


def _write_xlsx(fh, header: list[str], rows: Iterable[list[str]], kind: str | None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    if kind == "marketing":
        book.properties.keywords = MARKETING_KEYWORD
    sheet = book.create_sheet("Liste")

    def text_cells(values: Iterable[str]) -> list[WriteOnlyCell]:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # text: "+33…" stays a number as typed, "=…" never runs
            cells.append(cell)
        return cells

    sheet.append(text_cells(header))
    for row in rows:
        sheet.append(text_cells(row))
    book.save(fh)


def _atomic_write(
    path: Path, fill: Callable[[Any], None], binary: bool, encoding: str = "utf-8-sig"
) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ListFileError(f"Dossier introuvable : {folder}")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-", suffix=".tmp")
    except OSError as exc:
        raise ListFileError(
            f"Impossible d'enregistrer dans {folder} : {exc.strerror or exc}"
        ) from None
    try:
        mode = {"mode": "wb"} if binary else {"mode": "w", "encoding": encoding, "newline": ""}
        with os.fdopen(fd, **mode) as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        fileops.replace(tmp, path)  # Excel or an antivirus may hold the old one a moment
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ListFileError(
            f"Impossible d'enregistrer {path.name} : {exc.strerror or exc}. "
            "Le fichier précédent est intact."
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _atomic_write_text(path: Path, text: str) -> None:
    _atomic_write(path, lambda fh: fh.write(text), binary=False, encoding="utf-8")
