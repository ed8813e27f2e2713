"""Message templates: « Bonjour {prenom}, votre livre {titre_ouvrage} est arrivé. », per customer.

Why this module exists: list files and import scripts give every recipient fields, and each
customer must receive *their* message, never the braces. A template is parsed once, then rendered
for every recipient together with what the outbox journals and bills: the encoding and the exact
number of parts of each rendered text (one « ç » in one name makes that customer's SMS UCS-2).

Syntax:

* ``{champ}``: the recipient's value of the field. Names are normalised like the column titles of
  a list (`listfiles.field_key`): ``{Prénom}`` is ``{prenom}``, ``{Titre ouvrage}`` is
  ``{titre_ouvrage}``; a field named otherwise (a script's ``AS "Prénom"``) is found the same way.
* ``{champ|texte}``: ``texte`` when the recipient has no value (absent, empty or blank);
  ``{champ|}`` writes nothing then.
* ``{{`` and ``}}`` write one brace.
* Built-ins, known for every recipient: ``{nom}`` and ``{numero}`` (the recipient's name and
  number, as `recipients.fields_of` gives them), ``{librairie}`` (the setting « Nom de la
  librairie ») and ``{date}`` (today, the long French form « 2 décembre 2026 », « 1er mars 2027 »:
  it reads naturally in a sentence, where 02/12/2026 reads like a form). A recipient's own field
  of the same name wins: a list's « Nom » column is the family name, as the import shows it.

What stops the send, before anything is journaled (a `TemplateError`, French message):
a malformed template (`TemplateSyntaxError`, with the character position), a placeholder that no
recipient has and no built-in provides (`UnknownPlaceholder`, « {prenon} inconnu ; vouliez-vous
dire {prenom} ? »), a built-in used without a default while its setting is empty. A placeholder
with a default is not unknown when no recipient has it (numbers typed by hand have no fields:
« Bonjour {prenom|} » still works for them), unless it is close to a field the recipients
do have: a typo must not quietly send the default to everyone. A recipient
lacking a value that has no default is refused alone: `Rendering.refusals` maps its index to
« valeur manquante : titre_ouvrage », the outbox journals it as refused.

Speed: a send renders and counts up to 100,000 texts. Calling `sms.analyze` on each would cost
more than the rendering itself, so `render_all` counts from the pieces: the template's literal
text is measured once, each distinct field value once (names and titles repeat), and a message's
encoding and parts follow by arithmetic whenever no part boundary can fall inside an escape pair,
a surrogate pair or a grapheme cluster. The other messages (long ones with « € » or an emoji,
values with combining marks) are measured whole with `sms.measure`. A property test holds every
answer to `sms.analyze` of the rendered text. Plain Python, no Qt.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import add, itemgetter
from typing import Any, Protocol

from ellipses_sms import sms
from ellipses_sms.hours import MONTHS_FR
from ellipses_sms.listfiles import field_key
from ellipses_sms.reasons import Reason
from ellipses_sms.recipients import Recipient

__all__ = [
    "BUILTIN_FIELDS",
    "RECIPIENT_FIELDS",
    "EmptyBuiltin",
    "Placeholder",
    "Rendered",
    "Rendering",
    "Template",
    "TemplateError",
    "TemplateSyntaxError",
    "UnknownPlaceholder",
    "builtin_values",
    "french_date",
    "known_fields",
    "missing_reason",
    "parse",
    "render_all",
    "render_one",
]

#: Fields every recipient has (`recipients.fields_of`).
RECIPIENT_FIELDS = ("nom", "numero")
#: Fields of the bookstore, the same for every recipient (`builtin_values`).
BUILTIN_FIELDS = ("librairie", "date")
#: Where the clerk fixes an empty built-in.
_BUILTIN_HELP = {"librairie": "empty_librairie", "date": "empty_date"}  # `reasons` codes


def french_date(day: date) -> str:
    """« 2 décembre 2026 », « 1er mars 2027 »: today as a French sentence writes it."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


def builtin_values(
    settings: SettingsLike | None = None, *, today: date | None = None
) -> dict[str, str]:
    """The built-in fields' values: ``librairie`` from the settings, ``date`` from ``today``.

    ``today`` is injected by tests (and by a scheduled send, which renders on its own day).
    """
    name = settings.get("librairie") if settings is not None else ""
    return {"librairie": str(name or "").strip(), "date": french_date(today or date.today())}


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class TemplateError(ValueError):
    """A template that cannot be sent as it is; ``str()`` is the French message for the clerk."""


class TemplateSyntaxError(TemplateError):
    """A brace that does not close, or closes nothing; ``position`` is 0-based in the source."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


class UnknownPlaceholder(TemplateError):
    """Placeholders no recipient has and no built-in provides, each with the closest known one."""

    def __init__(
        self,
        unknown: Sequence[tuple[str, str | None]],
        known: Sequence[str],
        keys: Sequence[str] = (),
    ) -> None:
        self.unknown = tuple(unknown)  # (placeholder as written, e.g. "{prenon}", suggestion key)
        self.known = tuple(known)
        self.keys = tuple(keys)  # the unknown placeholders' normalised keys
        lines = []
        for written, suggestion in self.unknown:
            if suggestion:
                lines.append(
                    Reason("unknown_field_like", written=written, suggestion=f"{{{suggestion}}}")
                )
            else:
                shown = ", ".join(f"{{{k}}}" for k in self.known)
                lines.append(Reason("unknown_field", written=written, known=shown))
        #: One `Reason` per unknown placeholder; ``str()`` is their French, one a line.
        self.reasons = tuple(lines)
        super().__init__("\n".join(lines))


class EmptyBuiltin(TemplateError):
    """A built-in without a default (``{librairie}``) whose value is empty for everyone."""


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One ``{champ|texte}``: ``key`` normalised, ``default`` None when there is no ``|``."""

    key: str
    written: str  # between the braces, as typed: "Prénom|cher client"
    default: str | None
    start: int  # offset of "{" in the source
    end: int  # offset just after "}"

    @property
    def shown(self) -> str:
        """The placeholder as the clerk typed its name, for messages: ``{Prénom}``."""
        return "{" + self.written.partition("|")[0].strip() + "}"


@dataclass(frozen=True)
class Template:
    """A parsed template: literal text (braces unescaped, NFC) and placeholders, in order."""

    source: str
    pieces: tuple[str | Placeholder, ...]

    @property
    def placeholders(self) -> tuple[Placeholder, ...]:
        return tuple(p for p in self.pieces if isinstance(p, Placeholder))

    @property
    def keys(self) -> tuple[str, ...]:
        """Distinct field keys, in order of first use."""
        return tuple(dict.fromkeys(p.key for p in self.placeholders))


def _near(text: str, position: int) -> str:
    excerpt = text[position : position + 20].replace("\n", " ")
    return f"{excerpt}{'…' if len(text) > position + 20 else ''}"


@lru_cache(maxsize=256)
def parse(text: str) -> Template:
    """Parse a template once (the editor re-parses on every key press: the result is cached).

    Raises `TemplateSyntaxError` for a brace that is never closed, one that closes nothing, a
    brace inside a placeholder, or a placeholder without a usable name.
    """
    pieces: list[str | Placeholder] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        brace_open, brace_close = text.find("{", i), text.find("}", i)
        nxt = min(p for p in (brace_open, brace_close, n) if p >= 0)
        if nxt > i:
            literal.append(text[i:nxt])
            i = nxt
            continue
        if text.startswith(("{{", "}}"), i):
            literal.append(text[i])
            i += 2
            continue
        if text[i] == "}":
            near = _near(text, max(i - 10, 0))
            raise TemplateSyntaxError(Reason("brace_unopened", at=i + 1, near=near), i)
        close = text.find("}", i + 1)
        inner_open = text.find("{", i + 1)
        if close < 0:
            raise TemplateSyntaxError(Reason("brace_unclosed", at=i + 1, near=_near(text, i)), i)
        if 0 <= inner_open < close:
            raise TemplateSyntaxError(
                Reason("brace_inside", at=inner_open + 1, start=i + 1, near=_near(text, i)),
                inner_open,
            )
        inner = text[i + 1 : close]
        name, bar, default = inner.partition("|")
        key = field_key(name)
        if not key:
            if not inner.strip():
                reason = Reason("braces_empty", at=i + 1)
            else:
                reason = Reason("field_without_name", written=f"{{{inner}}}", at=i + 1)
            raise TemplateSyntaxError(reason, i)
        if literal:
            pieces.append(unicodedata.normalize("NFC", "".join(literal)))
            literal = []
        pieces.append(
            Placeholder(
                key,
                inner,
                unicodedata.normalize("NFC", default.strip()) if bar else None,
                i,
                close + 1,
            )
        )
        i = close + 1
    if literal:
        pieces.append(unicodedata.normalize("NFC", "".join(literal)))
    return Template(text, tuple(pieces))


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendering:
    """Every recipient's own message, in the recipients' order, ready for the outbox.

    ``texts[i]`` is recipient i's text, NFC (as sent), ``""`` when refused; ``encodings[i]`` and
    ``parts[i]`` are exactly `sms.analyze(texts[i])`'s (0 parts when refused); ``refusals`` maps
    the index of each refused recipient to the French reason to journal.
    """

    template: Template
    texts: list[str]
    encodings: list[sms.Encoding]
    parts: list[int]
    refusals: dict[int, str]

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def total_parts(self) -> int:
        """What the send costs, in parts (the refused ones cost nothing)."""
        return sum(self.parts)

    @property
    def longest(self) -> int | None:
        """Index of the first message with the most parts (« jusqu'à N SMS »), None if none."""
        if not self.parts:
            return None
        most = max(self.parts)
        return self.parts.index(most) if most else None

    @property
    def max_parts(self) -> int:
        return max(self.parts, default=0)

    @property
    def unicode_count(self) -> int:
        """How many messages go as UCS-2 (the preview says which, per recipient)."""
        ucs2 = sms.Encoding.UCS2
        return sum(1 for i, e in enumerate(self.encodings) if e is ucs2 and i not in self.refusals)


@dataclass(frozen=True)
class Rendered:
    """One recipient's message for the preview: the text, the full counter, or the refusal."""

    text: str
    info: sms.SmsInfo
    refusal: str | None = None


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_GSM7, _UCS2 = sms.Encoding.GSM7, sms.Encoding.UCS2
_NAME, _NUMBER, _CONSTANT = 1, 2, 3
#: Flags of a piece of text (a literal, a value, a default): not GSM-7; has extension
#: characters; begins or ends with a character that may join its neighbour (into a grapheme
#: cluster, or by NFC composition); has such a character anywhere (a cluster, an emoji).
_UCS, _EXT, _EDGE, _HEAVY = 1, 2, 4, 8
#: Parts of a message that must be measured whole.
_MEASURE = -1


#: Rows per slice of a bulk `map` (`_bulk_map`): ~2-4 ms of work at most, on this machine.
BULK_SLICE = 8192


class Cancelled(Exception):
    """The caller no longer wants this rendering (the window's preview: the clerk typed on)."""


def _bulk_map(fn, *columns: Sequence, cancelled: Callable[[], bool] | None = None) -> list:
    """`list(map(fn, *columns))`, a slice of rows at a time; `Cancelled` between two slices
    once `cancelled()` says so.

    Why: a C-level `map` never lets go of the interpreter until it ends. Over 100,000 rows,
    rendering the texts held it ~75 ms at a time, and the window's GUI thread, which needs it
    for every call from Qt into Python, froze that long while the clerk typed
    (`bench/bench_gui.py`). Between two slices the interpreter can switch threads.
    """
    count = len(columns[0]) if columns else 0
    if count <= BULK_SLICE:
        return list(map(fn, *columns))
    out: list = []
    for start in range(0, count, BULK_SLICE):
        if cancelled is not None and cancelled():
            raise Cancelled
        end = start + BULK_SLICE
        out.extend(map(fn, *(column[start:end] for column in columns)))
    return out


#: (text as written, flags, GSM-7 septets, UTF-16 units) of a literal, a value or a default.
Stats = tuple[str, int, int, int]

# The stats of a piece packed in one int, so that a message's are the *sum* of its pieces' (one
# C-level `map(add, …)` per placeholder): each flag is a 16-bit count of the pieces that have it,
# then 32 bits of septets and 32 of units. A template has far fewer than 65,536 placeholders.
_FLAG_SHIFTS = ((_UCS, 0), (_EXT, 16), (_EDGE, 32), (_HEAVY, 48))
_SEPTETS_SHIFT, _UNITS_SHIFT = 64, 96
_FIELD = 0xFFFF


def _pack(stats: Stats) -> int:
    _, flags, septets, units = stats
    code = (septets << _SEPTETS_SHIFT) | (units << _UNITS_SHIFT)
    for flag, shift in _FLAG_SHIFTS:
        if flags & flag:
            code |= 1 << shift
    return code


def _unpack(code: int) -> tuple[int, int, int]:
    flags = 0
    for flag, shift in _FLAG_SHIFTS:
        if (code >> shift) & _FIELD:
            flags |= flag
    septets = (code >> _SEPTETS_SHIFT) & 0xFFFFFFFF
    return flags, septets, code >> _UNITS_SHIFT


def _piece_stats(text: str) -> Stats:
    """What one NFC piece adds to its message: flags, septets and UTF-16 units.

    Why pieces can be added up: the characters that may join a neighbour (combining marks, ZWJ,
    emoji and every astral character, Hangul jamo, regional indicators…) are the only ones a
    grapheme cluster or an NFC composition can reach across; with none at the edges of the
    pieces, the rendered text is the pieces side by side, already NFC, each cluster inside one
    piece. Without one anywhere (no _HEAVY), every character is a cluster of one unit and a part
    boundary may fall anywhere.
    """
    flags = 0
    septets = len(text)
    if sms._NON_GSM_RE.search(text) is not None:
        flags |= _UCS
    else:
        ext = len(sms._EXTENSION_RE.findall(text))
        if ext:
            flags |= _EXT
            septets += ext
    units = len(text)
    joiner = sms._cluster_joiner_re()
    if text and joiner.search(text) is not None:
        flags |= _HEAVY
        units = len(text.encode("utf-16-le", "surrogatepass")) // 2
        if joiner.match(text) is not None or joiner.match(text[-1]) is not None:
            flags |= _EDGE
    return text, flags, septets, units


def _value_stats(raw: str, transliterate: bool) -> Stats | None:
    """Stats of a field value as it will be written (trimmed, NFC), None when it is empty."""
    text = unicodedata.normalize("NFC", raw.strip())
    if not text:
        return None
    if transliterate and sms._NON_GSM_RE.search(text) is not None:
        text = sms.transliterate(text)
    return _piece_stats(text)


@dataclass(frozen=True)
class _Slot:
    key: str
    shown: str
    source: int  # 0: the field only; _NAME / _NUMBER: else the recipient's; _CONSTANT: else value
    constant: str | None
    default: Stats | None  # None: no default


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def known_fields(
    recipients: Sequence[Recipient], builtins: Mapping[str, str] | None = None
) -> list[str]:
    """Every field a placeholder may use with these recipients: theirs, then the built-ins.

    For the « insert a field » menu and for the suggestion of an unknown placeholder. Recipients
    of one list share their keys, so only distinct key sets are walked.
    """
    seen_sets: set[tuple[str, ...]] = set()
    keys: dict[str, None] = {}
    for r in recipients:
        names = tuple(r.fields)
        if names in seen_sets:
            continue
        seen_sets.add(names)
        keys.update(dict.fromkeys(names))
    keys.update(dict.fromkeys(RECIPIENT_FIELDS))
    keys.update(dict.fromkeys(builtins if builtins is not None else BUILTIN_FIELDS))
    return list(keys)


def _suggest(key: str, known: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return close[0] if close else None


def missing_reason(keys: list[str]) -> str:
    """The refusal of a recipient without these values: « valeur manquante : titre_ouvrage »."""
    if len(keys) == 1:
        return Reason("missing_value", field=keys[0])
    return Reason("missing_values", fields=", ".join(keys), keys=tuple(keys))


def _slots(tpl: Template, values: Mapping[str, str], transliterate: bool) -> list[_Slot]:
    """One slot per placeholder, in order: where its value comes from, its default's stats."""
    slots = []
    for piece in tpl.placeholders:
        source, constant = 0, None
        if piece.key == "nom":
            source = _NAME
        elif piece.key == "numero":
            source = _NUMBER
        elif piece.key in values:
            source, constant = _CONSTANT, values[piece.key]
            if not constant.strip() and piece.default is None:
                code = _BUILTIN_HELP.get(piece.key, "empty_builtin")
                raise EmptyBuiltin(Reason(code, shown=piece.shown))
        default = None
        if piece.default is not None:
            default = _value_stats(piece.default, transliterate) or ("", 0, 0, 0)
        slots.append(_Slot(piece.key, piece.shown, source, constant, default))
    return slots


def _decide(flags: int, septets: int, units: int) -> tuple[sms.Encoding, int]:
    """Encoding and parts of a whole message from its summed stats (_MEASURE: measure it)."""
    if flags & _EDGE:
        return _UCS2, _MEASURE  # a value may join the text beside it: only the whole text tells
    if not flags & _UCS:
        if septets <= 160:
            return _GSM7, 1 if septets else 0
        # an escape pair could straddle a part boundary: greedy split
        return (_GSM7, _MEASURE) if flags & _EXT else (_GSM7, -(-septets // 153))
    if units <= 70:
        return _UCS2, 1
    # a cluster or a surrogate pair could straddle a part boundary: greedy split
    return (_UCS2, _MEASURE) if flags & _HEAVY else (_UCS2, -(-units // 67))


def render_all(
    template: str | Template,
    recipients: Sequence[Recipient],
    builtins: Mapping[str, str] | None = None,
    *,
    transliterate: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Rendering:
    """Each recipient's text, encoding and parts, and the recipients refused for a missing value.

    ``builtins`` defaults to `builtin_values()` without settings (no ``{librairie}``): pass the
    real ones. ``transliterate`` applies `sms.transliterate` to each rendered text (the clerk's
    « remplacer les caractères spéciaux » choice), so a « ç » in one name does not make that
    SMS Unicode. Raises `TemplateSyntaxError`, `UnknownPlaceholder` or `EmptyBuiltin` before
    anything can be journaled, and `Cancelled` (over a big list) once ``cancelled()`` is true.

    Column by column (one placeholder at a time, over every recipient), so that the loops run
    in C (`map`, `zip`, dict look-ups); Python only visits the exceptions: absent values,
    refusals, messages measured whole.
    """
    tpl = template if isinstance(template, Template) else parse(template)
    values = builtin_values() if builtins is None else dict(builtins)
    slots = _slots(tpl, values, transliterate)
    count = len(recipients)

    literals = [p for p in tpl.pieces if isinstance(p, str)]
    if transliterate:
        literals = [sms.transliterate(p) for p in literals]
    literal_text = "".join(literals)
    if not slots:
        return _render_static(tpl, literal_text, count)
    _, lit_flags, lit_septets, lit_units = _piece_stats(literal_text)
    lit_flags &= ~_EDGE
    joiner = sms._cluster_joiner_re()
    last = len(tpl.pieces) - 1
    for k, piece in enumerate(tpl.pieces):
        # a literal's edge matters where it meets a value (not the template's own start or end)
        if isinstance(piece, str):
            text = sms.transliterate(piece) if transliterate else piece
            if text and ((k > 0 and joiner.match(text)) or (k < last and joiner.match(text[-1]))):
                lit_flags |= _EDGE

    fmt_parts: list[str] = []
    index = 0
    for piece in tpl.pieces:
        if isinstance(piece, str):
            fmt_parts.append(_escape(sms.transliterate(piece) if transliterate else piece))
        else:
            fmt_parts.append("{" + str(index) + "}")
            index += 1
    fmt = "".join(fmt_parts).format

    people = list(recipients)
    all_fields = [r.fields for r in people]
    cache: dict[Any, tuple[str, int] | None] = {}  # raw value → (text as written, packed stats)
    missing: dict[int, list[str]] = {}
    unknown: dict[str, str] = {}
    text_columns: list[list[str]] = []
    codes: Any = None
    for slot in slots:
        key = slot.key
        raws = [f.get(key) for f in all_fields]
        absent = raws.count(None)
        if absent == count and count:
            # fields not named as a list names its columns (a script's « AS "Prénom" » gives
            # "prénom"): {prenom} and {Prénom} still find them
            alias = next((k for k in known_fields(people, {}) if field_key(k) == key), None)
            if alias is not None and alias != key:
                raws = [f.get(alias) for f in all_fields]
                absent = raws.count(None)
        if absent == count and slot.source == 0:
            if slot.default is None:
                unknown.setdefault(slot.key, slot.shown)
            else:
                # a default covers recipients without the field (numbers typed by hand), but
                # not a typo next to a field the list does have
                theirs = [k for k in known_fields(people, {}) if k not in RECIPIENT_FIELDS]
                if _suggest(key, theirs):
                    unknown.setdefault(slot.key, slot.shown)
        if absent:
            if slot.source == _NAME:
                fill = [r.name for r in people]
            elif slot.source == _NUMBER:
                fill = [r.number for r in people]
            else:
                fill = [slot.constant or ""] * count
            raws = [fill[i] if raw is None else raw for i, raw in enumerate(raws)]
        for raw in set(raws).difference(cache):
            stats = _value_stats(str(raw), transliterate)
            cache[raw] = None if stats is None else (stats[0], _pack(stats))
        entries = _bulk_map(cache.__getitem__, raws, cancelled=cancelled)
        if None in entries:
            default = None if slot.default is None else (slot.default[0], _pack(slot.default))
            for i, entry in enumerate(entries):
                if entry is None:
                    if default is None:
                        missing.setdefault(i, []).append(slot.key)
                        entries[i] = ("", 0)
                    else:
                        entries[i] = default
        text_columns.append(_bulk_map(itemgetter(0), entries))
        column = _bulk_map(itemgetter(1), entries)
        codes = column if codes is None else _bulk_map(add, codes, column)

    if unknown and count:
        known = known_fields(people, values)
        raise UnknownPlaceholder(
            [(s, _suggest(k, known)) for k, s in unknown.items()], known, list(unknown)
        )

    texts = _bulk_map(fmt, *text_columns, cancelled=cancelled)
    lit_code = _pack(("", lit_flags, lit_septets, lit_units))
    table = {code: _decide(*_unpack(code + lit_code)) for code in set(codes)}
    sizes = _bulk_map(table.__getitem__, codes)
    encodings = _bulk_map(itemgetter(0), sizes)
    parts = _bulk_map(itemgetter(1), sizes)

    if _MEASURE in parts:
        _measure_whole(texts, encodings, parts, codes, text_columns, lit_flags, transliterate)
    refusals = {i: missing_reason(keys_missing) for i, keys_missing in missing.items()}
    if not literal_text.strip():  # only placeholders: a message could be blank
        for i, text in enumerate(texts):
            if i not in refusals and not text.strip():
                refusals[i] = Reason("empty_for_recipient")
    for i in refusals:
        texts[i], encodings[i], parts[i] = "", _GSM7, 0
    return Rendering(tpl, texts, encodings, parts, dict(sorted(refusals.items())))


def _measure_whole(
    texts: list[str],
    encodings: list[sms.Encoding],
    parts: list[int],
    codes: list[int],
    text_columns: list[list[str]],
    lit_flags: int,
    transliterate: bool,
) -> None:
    """Measure the messages marked _MEASURE, in place; once per *shape* where that suffices.

    Why shapes: with an emoji or a « € » in the template, most messages are marked, and the
    greedy split costs tens of µs each. When no value has an extension character or a joining
    character and no literal can join a value, every value character is a cluster of one unit:
    the split depends only on the encoding and on each value's length, the same for every
    message of that shape.
    """

    def measure(i: int) -> tuple[sms.Encoding, int]:
        text = unicodedata.normalize("NFC", texts[i])
        if transliterate:
            text = sms.transliterate(text)
        size = sms.measure(text)
        texts[i] = text
        return size.encoding, size.parts

    marked = [i for i, p in enumerate(parts) if p == _MEASURE]
    if lit_flags & _EDGE:
        for i in marked:
            encodings[i], parts[i] = measure(i)
        return
    lengths = list(zip(*(map(len, column) for column in text_columns), strict=True))
    flag_bits = (1 << _SEPTETS_SHIFT) - 1  # a code's flag counts (of the values alone)
    keys = [(codes[i] & flag_bits, lengths[i]) for i in marked]
    shapes: dict[tuple[int, tuple[int, ...]], tuple[sms.Encoding, int] | None] = {}
    for key, i in dict(zip(keys, marked, strict=True)).items():
        if _unpack(key[0])[0] & (_EXT | _HEAVY | _EDGE):
            shapes[key] = None  # a value with « € » or an emoji: each message tells alone
        else:
            shapes[key] = measure(i)
    for i, size in zip(marked, map(shapes.__getitem__, keys), strict=True):
        encodings[i], parts[i] = size if size is not None else measure(i)


def _render_static(tpl: Template, text: str, count: int) -> Rendering:
    """No placeholder: one text for everyone, measured once."""
    text = unicodedata.normalize("NFC", text)
    size = sms.measure(text)
    refusals: dict[int, str] = {}
    if not text.strip():
        refusals = dict.fromkeys(range(count), Reason("empty_message"))
        return Rendering(tpl, [""] * count, [_GSM7] * count, [0] * count, refusals)
    return Rendering(tpl, [text] * count, [size.encoding] * count, [size.parts] * count, refusals)


def render_one(
    template: str | Template,
    recipient: Recipient,
    builtins: Mapping[str, str] | None = None,
    *,
    transliterate: bool = False,
) -> Rendered:
    """One recipient's message with the full counter, for the preview of the selected row.

    Same rules as `render_all` (it is `render_all` of one recipient), plus `sms.analyze`'s
    remaining room and non-GSM characters. An unknown placeholder raises here too.
    """
    rendering = render_all(template, [recipient], builtins, transliterate=transliterate)
    text = rendering.texts[0]
    return Rendered(text, sms.analyze(text), rendering.refusals.get(0))
