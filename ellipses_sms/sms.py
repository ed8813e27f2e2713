"""SMS length arithmetic for French bookstore messages: GSM-7 / UCS-2, parts, transliteration.

Why this module exists: the clerk pays per *part*, and one innocent ``ô`` or ``’`` silently switches
the whole message from GSM-7 (160 / 153 septets per part) to UCS-2 (70 / 67 UTF-16 code units per
part).  The naive ``ceil(units / 153)`` is wrong because an escape pair (``€``, ``[``…), a surrogate
pair (emoji) or a grapheme cluster (🇫🇷, 👍🏽) is never split between two parts, so this
module performs the real greedy split, and offers a French-aware transliteration that only touches
characters outside GSM-7 (``é è à ù`` are GSM-7 and are kept).

Facts copied from 3GPP TS 23.038 §6.2.1 (basic table), §6.2.1.1 (extension table) and 23.040
(concatenation header of 6 octets: 153 septets / 67 UCS-2 units per part).  Plain Python, no Qt.

Design decisions (see each function for details):

* Text is normalised to NFC first (a decomposed ``e`` + U+0301 is the GSM-7 ``é``).
* Parts are cut only at grapheme-cluster boundaries (Unicode extended grapheme clusters, as the
  ``regex`` module's ``\\X``), like Android and Twilio.  A cluster longer than a whole part (absurd
  ZWJ chains) is cut at code points instead, never inside a surrogate pair.
* Except CR LF: Unicode makes it one cluster, but it is two characters of the SMS alphabets (two
  septets, two UCS-2 units) and nothing keeps them in the same part (only an escape pair must
  stay whole).  Twilio's calculator (``SegmentedMessage.ts``) splits the ``\\r\\n`` cluster in
  two before packing, Android's ``GsmAlphabet`` counts character by character.  Treating it as
  one cluster cost a part (152 a + CR LF + 152 a is 2 parts, not 3) and counted one character
  too few.
* The empty text has 0 parts (nothing is sent), ``split("") == []``.
* Lone surrogates (invalid text, e.g. a broken paste) count as one UCS-2 unit each.
* Lower-case ``ç`` is *not* GSM-7 (only capital ``Ç`` at 0x09 is); a literal ESC U+001B is not
  acceptable user text; the number of parts is not capped (operators cap it, usually far below
  255).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import cache
from itertools import accumulate, pairwise
from types import MappingProxyType
from typing import NamedTuple

from ellipses_sms.lazy import lazy_module

regex = lazy_module("regex", globals())  # grapheme clusters: at the first one that needs it

__all__ = [
    "FRENCH_TRANSLITERATION",
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "MULTI_PART_LIMIT",
    "SINGLE_PART_LIMIT",
    "Encoding",
    "Replacement",
    "Size",
    "SmsInfo",
    "TransliterationPreview",
    "analyze",
    "count_units",
    "encoding_of",
    "measure",
    "non_gsm_characters",
    "preview_transliteration",
    "split",
    "transliterate",
]

# --------------------------------------------------------------------------------------------
# Character sets (3GPP TS 23.038)
# --------------------------------------------------------------------------------------------

#: The 3GPP TS 23.038 basic table, one string per column (septet 0x00-0x0F, 0x10-0x1F, ...).
#: 0x1B (ESC) is not a character: it introduces the extension table, so it is left out and a
#: literal U+001B in user text forces UCS-2.  0x09 is *capital* Ç (not ç), 0x5F is § (not `).
_GSM7_COLUMNS = (
    "@£$¥èéùìòÇ\nØø\rÅå",  # 0x00-0x0F
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ",  # 0x10-0x1F without 0x1B ESC
    " !\"#¤%&'()*+,-./",  # 0x20-0x2F
    "0123456789:;<=>?",  # 0x30-0x3F
    "¡ABCDEFGHIJKLMNO",  # 0x40-0x4F
    "PQRSTUVWXYZÄÖÑÜ§",  # 0x50-0x5F
    "¿abcdefghijklmno",  # 0x60-0x6F
    "pqrstuvwxyzäöñüà",  # 0x70-0x7F
)

#: The 127 characters of the GSM-7 basic table (1 septet each).
GSM7_BASIC: frozenset[str] = frozenset("".join(_GSM7_COLUMNS))

#: The 10 characters of the extension table, sent as ESC + code: 2 septets each in GSM-7.
#: Form feed U+000C (1B 0A), ^ { } \\ [ ~ ] | and € (1B 65).
GSM7_EXTENSION: frozenset[str] = frozenset("\f^{}\\[~]|€")

_GSM7_ALL: frozenset[str] = GSM7_BASIC | GSM7_EXTENSION


class Encoding(StrEnum):
    """Data coding of a whole message: a single non-GSM character makes *everything* UCS-2.

    A ``StrEnum`` (a ``str`` and an ``Enum``): ``Encoding.GSM7 == "GSM-7"`` and
    ``str(Encoding.GSM7) == "GSM-7"``, so it can be shown or stored as is.
    """

    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


#: Capacity of a message sent as one part (GSM-7: 140 octets * 8 / 7 septets; UCS-2: 140 / 2).
SINGLE_PART_LIMIT: Mapping[Encoding, int] = MappingProxyType(
    {Encoding.GSM7: 160, Encoding.UCS2: 70}
)
#: Capacity of each part of a concatenated message (6-octet UDH, 8-bit reference number).
MULTI_PART_LIMIT: Mapping[Encoding, int] = MappingProxyType({Encoding.GSM7: 153, Encoding.UCS2: 67})

# Regular expressions used on the hot path (the stdlib ``re`` is faster than ``regex`` for
# plain character classes; ``regex`` is only needed for grapheme clusters).
_NON_GSM_RE = re.compile("[^" + "".join(re.escape(c) for c in sorted(_GSM7_ALL)) + "]")
_EXTENSION_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(GSM7_EXTENSION)) + "]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_EXTENSION_CHARS = tuple(sorted(GSM7_EXTENSION))


@cache
def _grapheme_re() -> regex.Pattern[str]:
    return regex.compile(r"\X")


@cache
def _cluster_joiner_re() -> re.Pattern[str]:
    """Characters that may join a neighbour into a multi-code-point grapheme cluster.

    Why: ``regex.findall(r"\\X")`` costs ~0.25 µs per character, too slow for a counter that
    runs on every keystroke.  Outside the neighbourhood of these characters every code point is
    its own cluster, so ``\\X`` only has to run on small windows.  The set is derived from the
    ``regex`` module's own Grapheme_Cluster_Break property (same Unicode version as its ``\\X``):
    Extend, ZWJ, SpacingMark, Prepend, Hangul L/V/T/LV/LVT, Regional_Indicator (not CR: CR LF is
    two SMS characters, see the module docstring).  Every
    astral character is included as well (an over-approximation is harmless: it only widens the
    windows) so that the stdlib ``re`` class stays a fast BMP bitmap.  Built once (~15 ms).
    """
    gcb = "".join(
        rf"\p{{Grapheme_Cluster_Break={name}}}"
        for name in ("Extend", "ZWJ", "SpacingMark", "Prepend", "L", "V", "T", "LV", "LVT")
    )
    joiners = regex.compile(rf"[{gcb}\p{{Grapheme_Cluster_Break=Regional_Indicator}}]+")
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    ranges = []
    for match in joiners.finditer(bmp):
        start, end = match.start(), match.end() - 1
        if start >= 0xD800:  # the surrogate block was skipped in ``bmp``
            start, end = start + 0x800, end + 0x800
        ranges.append(rf"\u{start:04x}-\u{end:04x}")
    return re.compile("[" + "".join(ranges) + r"\U00010000-\U0010ffff]+")


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


class SmsInfo(NamedTuple):
    """What the clerk needs to see while typing: encoding, cost in parts, room left.

    ``units`` are septets for GSM-7 (extension characters cost 2) and UTF-16 code units for
    UCS-2 (an emoji outside the BMP costs 2).  ``segments`` is the exact number of parts of the
    real greedy split (0 for the empty text).  ``per_segment`` is 160/70 while the text fits in
    one part, 153/67 once it is concatenated.  ``remaining`` is the number of units still free in
    the last part (an extension character needs 2 of them).  ``non_gsm`` lists, in order of first
    appearance, the distinct grapheme clusters that contain a character outside GSM-7 (why the
    message is UCS-2).  ``characters`` counts grapheme clusters, what a person calls characters
    (CR LF counts 2).
    """

    encoding: Encoding
    units: int
    segments: int
    per_segment: int
    remaining: int
    non_gsm: tuple[str, ...]
    characters: int


class Size(NamedTuple):
    """Encoding, units and exact number of parts of one message: what is billed and journaled."""

    encoding: Encoding
    units: int
    parts: int


class Replacement(NamedTuple):
    """One grapheme changed by the transliteration (``index`` counts graphemes in the NFC text)."""

    index: int
    original: str
    replacement: str


class TransliterationPreview(NamedTuple):
    """What ``transliterate`` would change, shown to the clerk before anything is sent.

    ``original`` is the NFC-normalised input (the text ``Replacement.index`` refers to).
    ``remaining_non_gsm`` lists the graphemes with no mapping (emoji...): if it is not empty the
    result is still UCS-2 and the clerk must be told which characters to remove.
    """

    original: str
    result: str
    replacements: tuple[Replacement, ...]
    before: SmsInfo
    after: SmsInfo
    remaining_non_gsm: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _is_gsm7(text: str) -> bool:
    return _NON_GSM_RE.search(text) is None


def _graphemes(text: str) -> list[str]:
    """The characters of an SMS: extended grapheme clusters, but CR LF as two (see above)."""
    clusters = _grapheme_re().findall(text)
    if "\r\n" not in text:
        return clusters
    out: list[str] = []
    for cluster in clusters:
        if cluster == "\r\n":
            out += ("\r", "\n")
        else:
            out.append(cluster)
    return out


#: Above this many windows per character, one ``\X`` pass over the whole text is cheaper
#: (a window costs a few µs of call overhead, ``\X`` about 0.25 µs per character).
_WINDOWS_PER_CHAR = 1 / 25


def _windows(text: str, joiners: re.Pattern[str], limit: int) -> list[tuple[int, int]] | None:
    """Merged ``[start, end)`` windows around runs of cluster-joining characters.

    A window starts one character before a run and ends one character after it.  Those outer
    characters are not joiners, so the window edges are true cluster boundaries (two
    non-joining characters are always separated by a boundary), unless a neighbouring window
    touches, in which case the two are merged.  Returns ``None`` beyond ``limit`` windows.
    """
    n = len(text)
    windows: list[tuple[int, int]] = []
    for match in joiners.finditer(text):
        start = max(match.start() - 1, 0)
        end = min(match.end() + 1, n)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        elif len(windows) >= limit:
            return None
        else:
            windows.append((start, end))
    return windows


def _scan(
    text: str, joiners: re.Pattern[str], want_non_gsm: bool, dense: bool = False
) -> tuple[Sequence[int], tuple[str, ...]]:
    """Grapheme boundaries (code-point offsets, 0 and len included) and non-GSM graphemes.

    ``dense`` (many emoji) skips straight to one ``\\X`` pass over the whole text.
    """
    n = len(text)
    windows = None if dense else _windows(text, joiners, int(n * _WINDOWS_PER_CHAR) + 1)
    if windows is None:
        graphemes = _graphemes(text)
        bounds = [0, *accumulate(map(len, graphemes))]
        if not want_non_gsm:
            return bounds, ()
        return bounds, tuple(g for g in dict.fromkeys(graphemes) if _NON_GSM_RE.search(g))
    bad: dict[str, None] = {}
    if not windows:
        if want_non_gsm:
            bad = dict.fromkeys(_NON_GSM_RE.findall(text))
        return range(n + 1), tuple(bad)
    bounds = []
    pos = 0
    for start, end in windows:
        bounds.extend(range(pos, start))
        if want_non_gsm:
            bad.update(dict.fromkeys(_NON_GSM_RE.findall(text, pos, start)))
        graphemes = _graphemes(text[start:end])
        bounds.extend(accumulate(map(len, graphemes[:-1]), initial=start))
        if want_non_gsm:
            for grapheme in graphemes:
                if _NON_GSM_RE.search(grapheme):
                    bad.setdefault(grapheme)
        pos = end
    bounds.extend(range(pos, n + 1))
    if want_non_gsm:
        bad.update(dict.fromkeys(_NON_GSM_RE.findall(text, pos)))
    return bounds, tuple(bad)


class _Layout(NamedTuple):
    text: str  # NFC
    encoding: Encoding
    units: int
    cuts: tuple[int, ...]  # code-point offsets where a new part starts
    last_part: int  # units in the last part
    non_gsm: tuple[str, ...]
    characters: int


def _cut_points(
    n: int, total: int, bounds: Sequence[int], heavy: Sequence[int], single: int, multi: int
) -> tuple[int, ...]:
    """Greedy split: each part takes as many whole graphemes as fit in ``multi`` units.

    ``heavy`` holds the sorted offsets of characters costing 2 units (escape pairs in GSM-7,
    surrogate pairs in UCS-2), so the units of ``text[:k]`` are ``k + bisect_left(heavy, k)``
    and each boundary is found by bisection (O(parts * log n)).  When every grapheme is one
    code point costing one unit the answer is arithmetic.
    """
    if total <= single:
        return ()
    if not heavy and isinstance(bounds, range):
        return tuple(range(multi, n, multi))

    def unit_at(k: int) -> int:
        return k + bisect_left(heavy, k)

    cuts: list[int] = []
    start = 0
    start_units = 0
    while total - start_units > multi:
        target = start_units + multi
        # The cut lies in [low, high]: ``high`` assumes no heavy character in this part, ``low``
        # assumes all the heavy characters up to ``high`` are in it.  Bisect only that window.
        high = min(target - bisect_left(heavy, start), n)
        low = max(target - bisect_left(heavy, high), start)
        index = bisect_right(
            bounds, target, bisect_left(bounds, low), bisect_right(bounds, high), key=unit_at
        )
        index -= 1
        cut = bounds[index]
        if cut <= start:
            # A single grapheme cluster longer than a whole part: cut it at code points (a code
            # point costs at most 2 units, so at least one fits; a surrogate pair is one code
            # point here, hence never split).
            cluster_end = bounds[index + 1]
            cut = bisect_right(range(cluster_end), target, lo=start + 1, key=unit_at) - 1
        cuts.append(cut)
        start = cut
        start_units = unit_at(cut)
    return tuple(cuts)


def _layout(nfc_text: str, want_non_gsm: bool = True) -> _Layout:
    text = nfc_text
    n = len(text)
    if _is_gsm7(text):
        encoding = Encoding.GSM7
        heavy_count = sum(map(text.count, _EXTENSION_CHARS))
        heavy_re = _EXTENSION_RE
        # No GSM-7 character joins a cluster (CR LF is two characters here): every offset is a
        # boundary.
        bounds, non_gsm = range(n + 1), ()
    else:
        encoding = Encoding.UCS2
        heavy_count = len(text.encode("utf-16-le", "surrogatepass")) // 2 - n
        heavy_re = _ASTRAL_RE
        dense = heavy_count > n * _WINDOWS_PER_CHAR  # most astral characters open a window
        bounds, non_gsm = _scan(text, _cluster_joiner_re(), want_non_gsm, dense)
    total = n + heavy_count
    single, multi = SINGLE_PART_LIMIT[encoding], MULTI_PART_LIMIT[encoding]
    heavy: Sequence[int] = ()
    if heavy_count and total > single:
        heavy = [m.start() for m in heavy_re.finditer(text)]
    cuts = _cut_points(n, total, bounds, heavy, single, multi)
    last_part = total
    if cuts:
        last_part = total - (cuts[-1] + bisect_left(heavy, cuts[-1]))
    return _Layout(text, encoding, total, cuts, last_part, non_gsm, len(bounds) - 1)


def _info(layout: _Layout) -> SmsInfo:
    encoding = layout.encoding
    segments = len(layout.cuts) + 1 if layout.text else 0
    if segments <= 1:
        per_segment = SINGLE_PART_LIMIT[encoding]
        remaining = per_segment - layout.units
    else:
        per_segment = MULTI_PART_LIMIT[encoding]
        remaining = per_segment - layout.last_part
    return SmsInfo(
        encoding=encoding,
        units=layout.units,
        segments=segments,
        per_segment=per_segment,
        remaining=remaining,
        non_gsm=layout.non_gsm,
        characters=layout.characters,
    )


# --------------------------------------------------------------------------------------------
# Public API: counting and splitting
# --------------------------------------------------------------------------------------------


def analyze(text: str) -> SmsInfo:
    """Encoding, units, exact number of parts and room left, for the live counter.

    NFC-normalises first.  Cheap enough for every keystroke: for 2,000 characters about 30 µs
    (GSM-7), 0.1-0.25 ms (UCS-2 French text with a few emoji), ~0.6 ms worst case (hundreds of
    emoji and decomposed accents).  A character-class regex decides GSM-7; the part count is
    arithmetic when nothing can straddle a boundary, bisection otherwise; grapheme clusters
    are computed only around characters that can join one.
    """
    return _info(_layout(_nfc(text)))


def measure(text: str) -> Size:
    """Encoding, units and exact parts of a text: `analyze` without the live counter's extras.

    Why: a send of 100,000 personalised messages measures 100,000 texts, and `analyze` spends
    most of its few µs on what only the message box shows (characters, the non-GSM list, room
    left).  Same NFC text, same rules, same answer (a property test holds it to `analyze`); the
    greedy split only runs when a part boundary could fall inside an escape pair, a surrogate
    pair or a grapheme cluster, which a short text never reaches.
    """
    text = _nfc(text)
    n = len(text)
    if not n:
        return Size(Encoding.GSM7, 0, 0)
    if _NON_GSM_RE.search(text) is None:
        if _EXTENSION_RE.search(text) is None:
            if n <= 160:
                return Size(Encoding.GSM7, n, 1)
            return Size(Encoding.GSM7, n, -(-n // 153))
        heavy = [m.start() for m in _EXTENSION_RE.finditer(text)]
        total = n + len(heavy)
        if total <= 160:
            return Size(Encoding.GSM7, total, 1)
        return Size(
            Encoding.GSM7, total, len(_cut_points(n, total, range(n + 1), heavy, 160, 153)) + 1
        )
    units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    if units <= 70:
        return Size(Encoding.UCS2, units, 1)
    if units == n and _cluster_joiner_re().search(text) is None:
        # every code point is a cluster of one unit: the parts are arithmetic
        return Size(Encoding.UCS2, units, -(-units // 67))
    return Size(Encoding.UCS2, units, len(_layout(text, want_non_gsm=False).cuts) + 1)


def encoding_of(text: str) -> Encoding:
    """GSM-7 if every character (after NFC) is in the basic or extension table, else UCS-2."""
    return Encoding.GSM7 if _is_gsm7(_nfc(text)) else Encoding.UCS2


def count_units(text: str, encoding: Encoding | None = None) -> int:
    """Septets (GSM-7, extension characters = 2) or UTF-16 code units (UCS-2, emoji = 2).

    ``encoding`` defaults to the one the text actually needs.  Asking for GSM-7 units of a text
    that is not GSM-7 raises ``ValueError`` (it could not be sent that way).
    """
    text = _nfc(text)
    if encoding is None:
        encoding = Encoding.GSM7 if _is_gsm7(text) else Encoding.UCS2
    if Encoding(encoding) is Encoding.GSM7:
        if not _is_gsm7(text):
            raise ValueError(f"not GSM-7 text: {non_gsm_characters(text)!r}")
        return len(text) + sum(map(text.count, _EXTENSION_CHARS))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def split(text: str) -> list[str]:
    """The parts as the operator will send them (NFC text, greedy packing).

    160 septets in one part, else 153 per part (GSM-7); 70 units, else 67 (UCS-2).  An escape
    pair, a surrogate pair or a grapheme cluster is never split: it moves whole to the next
    part.  Exception: a single cluster longer than a whole part is cut at code points (never
    inside a surrogate pair).  ``"".join(split(t)) == unicodedata.normalize("NFC", t)``;
    ``split("") == []``.
    """
    layout = _layout(_nfc(text))
    if not layout.text:
        return []
    edges = (0, *layout.cuts, len(layout.text))
    return [layout.text[a:b] for a, b in pairwise(edges)]


def non_gsm_characters(text: str) -> list[str]:
    """Distinct graphemes (NFC) that force UCS-2, in order of first appearance."""
    text = _nfc(text)
    if _is_gsm7(text):
        return []
    return list(_scan(text, _cluster_joiner_re(), True)[1])


# --------------------------------------------------------------------------------------------
# Transliteration
# --------------------------------------------------------------------------------------------

#: French-specific choices (they override the derived letters below).
_FRENCH_CORE: dict[str, str] = {
    # Letters outside GSM-7 (é è à ù ü Ç É Ä Ö Ñ... are GSM-7 and are never touched).
    "â": "a", "ê": "e", "ë": "e", "î": "i", "ï": "i", "ô": "o", "û": "u", "ÿ": "y",
    "À": "A", "Â": "A", "È": "E", "Ê": "E", "Ë": "E", "Î": "I", "Ï": "I", "Ô": "O",
    "Ù": "U", "Û": "U", "Ÿ": "Y",
    "œ": "oe", "Œ": "OE",
    # Lower-case ç is not GSM-7; "c" reads better than the capital Ç in the middle of a word.
    "ç": "c",
    # Typography.
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‹": "'", "›": "'", "’": "'", "‘": "'", "‚": "'", "‛": "'", "′": "'", "´": "'", "`": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "―": "-", "−": "-",
    "…": "...", "•": "-", "‣": "-", "◦": "-", "·": ".", "°": "o", "×": "x",
    "ﬁ": "fi", "ﬂ": "fl", "ĳ": "ij", "Ĳ": "IJ",
    "ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
    # Spaces: tab, no-break spaces (French typography puts them before ; : ! ? and inside « »),
    # the other Unicode spaces.
    "\t": " ", "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
    "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
    "\u2006": " ", "\u2008": " ", "\u205f": " ", "\u3000": " ",
    # Line breaks from word processors (Word's manual line break is U+000B).
    "\u000b": "\n", "\u0085": "\n", "\u2028": "\n", "\u2029": "\n",
    # Invisible characters: soft hyphen, zero-width space, word joiner, BOM.
    "\u00ad": "", "\u200b": "", "\u2060": "", "\ufeff": "",
}  # fmt: skip


def _build_transliteration() -> dict[str, str]:
    mapping: dict[str, str] = {}
    # Other accented Latin letters (á í ó ú ã õ ā ă ą č ě ł ő ř š ž ...) lose their accent.
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        if char in _GSM7_ALL:
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        is_letter = base.isascii() and base.isalpha()
        if marks and is_letter and all(unicodedata.category(m) == "Mn" for m in marks):
            mapping[char] = base
    # Combining accents left over after NFC (no precomposed form exists) are dropped.
    for code in range(0x300, 0x370):
        mapping[chr(code)] = ""
    # C0 control characters other than LF, CR (GSM-7) and FF (extension), ESC included: invisible.
    for code in (*range(0x00, 0x20), 0x7F):
        if chr(code) not in _GSM7_ALL:
            mapping[chr(code)] = ""
    mapping.update(_FRENCH_CORE)
    return mapping


#: Replacement for each character outside GSM-7 that has a sensible GSM-7 spelling.  Keys are
#: never GSM-7 characters and values are always GSM-7 text (possibly empty, for invisible
#: characters and stray combining accents).  Applied to NFC text, so a decomposed ``ô`` is
#: handled like the precomposed one.  Besides the French letters and typography, it maps other
#: accented Latin letters to their base letter, Unicode spaces to a space, Word's U+000B line
#: break to LF, and drops invisible characters.  Emoji and non-Latin scripts are not mapped.
#: (Built at its first use, by the module's `__getattr__`: ~1.5 ms the window's start saves.)
FRENCH_TRANSLITERATION: Mapping[str, str]


@cache
def _translation() -> tuple[Mapping[str, str], dict[int, str]]:
    mapping = _build_transliteration()
    return MappingProxyType(mapping), str.maketrans(mapping)


def __getattr__(name: str) -> object:
    if name == "FRENCH_TRANSLITERATION":
        return _translation()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _transliterate_grapheme(grapheme: str) -> str:
    result = grapheme
    for _ in range(8):  # a fixed point is reached at once in practice; bounded for safety
        new = _nfc(result.translate(_translation()[1]))
        if new == result:
            break
        result = new
    return result


def preview_transliteration(text: str) -> TransliterationPreview:
    """What the transliteration changes, and the parts before/after, for a confirmation dialog.

    Only graphemes containing a character outside GSM-7 are touched.  E.g. a 181-character
    notice with one ``ô`` is 3 UCS-2 parts before and 2 GSM-7 parts after.
    """
    original = _nfc(text)
    before = _info(_layout(original))
    if not before.non_gsm:
        return TransliterationPreview(original, original, (), before, before, ())
    replacements: list[Replacement] = []
    pieces: list[str] = []
    for index, grapheme in enumerate(_graphemes(original)):
        if _NON_GSM_RE.search(grapheme):
            new = _transliterate_grapheme(grapheme)
            if new != grapheme:
                replacements.append(Replacement(index, grapheme, new))
                grapheme = new
        pieces.append(grapheme)
    result = _nfc("".join(pieces))
    after = _info(_layout(result))
    return TransliterationPreview(
        original=original,
        result=result,
        replacements=tuple(replacements),
        before=before,
        after=after,
        remaining_non_gsm=after.non_gsm,
    )


def transliterate(text: str) -> str:
    """NFC text with every mappable non-GSM character replaced (GSM-7 characters untouched)."""
    return preview_transliteration(text).result
