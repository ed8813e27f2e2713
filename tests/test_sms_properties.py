"""Property tests for ellipses_sms.sms, checked against a slow, obviously-correct reference.

The reference below is the textbook algorithm (NFC, choose the encoding, walk the grapheme
clusters of ``regex``'s ``\\X`` and pack greedily); the module under test uses fast paths
(arithmetic, bisection, ``\\X`` only around cluster-joining characters), so any divergence
between the two is a bug in a fast path.
"""

from __future__ import annotations

import unicodedata
from unittest import mock

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ellipses_sms import sms
from ellipses_sms.sms import (
    FRENCH_TRANSLITERATION,
    GSM7_BASIC,
    GSM7_EXTENSION,
    Encoding,
    analyze,
    count_units,
    non_gsm_characters,
    preview_transliteration,
    split,
    transliterate,
)

GSM = GSM7_BASIC | GSM7_EXTENSION
LIMITS = {Encoding.GSM7: (160, 153), Encoding.UCS2: (70, 67)}


# ------------------------------------------------------------------------------------------
# Reference implementation
# ------------------------------------------------------------------------------------------


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def graphemes(text: str) -> list[str]:
    """The units no part may split: extended grapheme clusters, except that CR LF is two.

    CR and LF are two SMS characters (2 septets, 2 UCS-2 units) that may fall in two parts, as
    Twilio's calculator splits them (``src/libs/SegmentedMessage.ts``); issue 12.
    """
    out: list[str] = []
    for cluster in regex.findall(r"\X", text):
        out += ["\r", "\n"] if cluster == "\r\n" else [cluster]
    return out


def ref_encoding(text: str) -> Encoding:
    return Encoding.GSM7 if all(c in GSM for c in text) else Encoding.UCS2


def ref_cost(text: str, encoding: Encoding) -> int:
    if encoding is Encoding.GSM7:
        return sum(2 if c in GSM7_EXTENSION else 1 for c in text)
    return len(text.encode("utf-16-le")) // 2


def ref_split(text: str) -> list[str]:
    text = nfc(text)
    if not text:
        return []
    encoding = ref_encoding(text)
    single, multi = LIMITS[encoding]
    if ref_cost(text, encoding) <= single:
        return [text]
    parts: list[str] = []
    current, used = "", 0
    for cluster in graphemes(text):
        cost = ref_cost(cluster, encoding)
        if cost > multi:  # absurd cluster: fresh part, then code points
            if current:
                parts.append(current)
                current, used = "", 0
            for char in cluster:
                char_cost = ref_cost(char, encoding)
                if used + char_cost > multi:
                    parts.append(current)
                    current, used = "", 0
                current += char
                used += char_cost
            continue
        if used + cost > multi:
            parts.append(current)
            current, used = "", 0
        current += cluster
        used += cost
    parts.append(current)
    return parts


def ref_non_gsm(text: str) -> tuple[str, ...]:
    seen = dict.fromkeys(graphemes(nfc(text)))
    return tuple(g for g in seen if any(c not in GSM for c in g))


# ------------------------------------------------------------------------------------------
# Strategies: biased towards what breaks SMS counters
# ------------------------------------------------------------------------------------------

gsm_char = st.sampled_from(sorted(GSM7_BASIC))
extension_char = st.sampled_from(sorted(GSM7_EXTENSION))
french = st.sampled_from(
    [*"àéèùüæÆÇÉÜâçêëîïôœûÿÀÂÈÊËÎÏÔŒÙÛŸ«»’‘“”°…–—", "\u00a0", "\u202f", "\t", "\x1b", "`"]
)
emoji = st.sampled_from(
    ["📚", "😀", "👍🏽", "🇫🇷", "🇧🇪", "👨‍👩‍👧", "❤️", "🏳️‍🌈", "👩🏾‍💻", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "☕"]
)
combining = st.sampled_from(["\u0301", "\u0300", "\u0302", "\u0308", "\u0327", "\u0331", "\u20dd"])
letter_with_marks = st.builds(
    lambda base, marks: base + "".join(marks),
    st.sampled_from(list("aeiouAEIOUcnyz")),
    st.lists(combining, min_size=1, max_size=3),
)
other = st.sampled_from(
    ["\r\n", "\r", "\n", "한국어", "ᄀᄀ각", "क्‍ष", "ก้", "Привет", "\u200d", "\ufe0f"]
)
piece = st.one_of(
    gsm_char,
    gsm_char,
    gsm_char,
    extension_char,
    french,
    emoji,
    letter_with_marks,
    combining,
    other,
    st.characters(codec="utf-8"),
)
pieces_text = st.lists(piece, max_size=300).map("".join)
# Long runs of plain text followed by something interesting near the 67/70/153/160 boundaries.
boundary_text = st.builds(
    lambda n, filler, tail: filler * n + tail,
    st.integers(min_value=0, max_value=170),
    st.sampled_from(["a", "ç", "€", "\r\n", "📚"]),
    st.lists(piece, max_size=40).map("".join),
)
any_text = st.one_of(pieces_text, boundary_text, st.text(max_size=400))

# Text where every combining mark follows a letter (no part may then start with a mark).
attached_marks_text = st.lists(
    st.one_of(gsm_char, extension_char, french, emoji, letter_with_marks), max_size=300
).map("".join)

common = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ------------------------------------------------------------------------------------------
# Properties
# ------------------------------------------------------------------------------------------


@common
@given(any_text)
@example("a" * 65 + "🇫🇷" + "b" * 64)
@example("]" * 153)
@example("a" * 152 + "\r\n" + "b")
@example("abc" + "👨\u200d" * 30 + "👨" + "x" * 100)
def test_split_joins_back_to_the_nfc_text(text):
    assert "".join(split(text)) == nfc(text)


@common
@given(any_text)
def test_every_part_fits_its_limit(text):
    info = analyze(text)
    parts = split(text)
    single, multi = LIMITS[info.encoding]
    limit = single if len(parts) == 1 else multi
    for part in parts:
        assert part
        assert count_units(part, info.encoding) <= limit


@common
@given(any_text)
@example("a" * 152 + "€" + "b" * 5)
@example("a" * 66 + "📚" + "b" * 5 + "ç")
def test_split_matches_the_reference_greedy_split(text):
    assert split(text) == ref_split(text)


@common
@given(any_text)
@example("a" * 152 + "\r\n" + "a" * 152)
@example("€" * 81)
@example("a" * 70 + "\u0301")
@example("ç" * 66 + "📚" + "ç" * 10)
def test_measure_is_analyze_without_the_extras(text):
    info = analyze(text)
    assert sms.measure(text) == (info.encoding, info.units, info.segments)


@common
@given(any_text)
def test_analyze_matches_the_parts(text):
    info = analyze(text)
    parts = split(text)
    normalised = nfc(text)
    assert info.segments == len(parts)
    assert info.encoding is ref_encoding(normalised)
    assert info.units == ref_cost(normalised, info.encoding)
    assert info.units == sum(count_units(p, info.encoding) for p in parts)
    assert info.characters == len(graphemes(normalised))
    single, multi = LIMITS[info.encoding]
    assert info.per_segment == (multi if len(parts) > 1 else single)
    last = count_units(parts[-1], info.encoding) if parts else 0
    assert info.remaining == info.per_segment - last
    assert info.non_gsm == ref_non_gsm(text)
    assert non_gsm_characters(text) == list(info.non_gsm)


@pytest.mark.parametrize("windows_per_char", [0.0, 1.0], ids=["whole-text-X", "windows-only"])
@common
@given(text=any_text)
def test_both_grapheme_strategies_agree_with_the_reference(windows_per_char, text):
    # The module runs \X either on the whole text or only on windows around cluster-joining
    # characters, depending on their density; force each strategy in turn.
    with mock.patch.object(sms, "_WINDOWS_PER_CHAR", windows_per_char):
        assert split(text) == ref_split(text)
        info = analyze(text)
    assert info.characters == len(graphemes(nfc(text)))
    assert info.non_gsm == ref_non_gsm(text)


@common
@given(any_text)
def test_parts_start_on_grapheme_boundaries(text):
    normalised = nfc(text)
    encoding = ref_encoding(normalised)
    multi = LIMITS[encoding][1]
    boundaries, offset, oversize = {0}, 0, []
    for cluster in graphemes(normalised):
        if ref_cost(cluster, encoding) > multi:
            oversize.append((offset, offset + len(cluster)))
        offset += len(cluster)
        boundaries.add(offset)
    offset = 0
    for part in split(text):
        inside_oversize = any(start < offset < end for start, end in oversize)
        assert offset in boundaries or inside_oversize
        part.encode("utf-16-le")  # strict: no lone surrogate
        offset += len(part)


@common
@given(attached_marks_text)
def test_no_part_starts_with_a_combining_mark(text):
    for part in split(text):
        assert unicodedata.category(part[0]) not in {"Mn", "Me", "Mc"}
        assert not "\udc00" <= part[0] <= "\udfff"
        assert part[0] not in {"\u200d", "\ufe0f"} and not "\U0001f3fb" <= part[0] <= "\U0001f3ff"


@common
@given(any_text)
def test_transliteration_only_leaves_unmapped_characters(text):
    result = transliterate(text)
    source = nfc(text)
    for char in result:
        if char not in GSM:
            assert char not in FRENCH_TRANSLITERATION
            assert char in source


@common
@given(any_text)
def test_transliteration_is_idempotent(text):
    once = transliterate(text)
    assert transliterate(once) == once


@common
@given(st.lists(st.one_of(gsm_char, extension_char, french, letter_with_marks), max_size=200))
def test_mappable_text_becomes_gsm7(chunks):
    text = "".join(chunks).replace("\u20dd", "")  # the enclosing circle has no mapping
    preview = preview_transliteration(text)
    assert preview.after.encoding is Encoding.GSM7
    assert preview.remaining_non_gsm == ()


@common
@given(any_text)
def test_preview_is_consistent(text):
    preview = preview_transliteration(text)
    assert preview.original == nfc(text)
    assert preview.result == transliterate(text)
    assert preview.before == analyze(text)
    assert preview.after == analyze(preview.result)
    assert preview.remaining_non_gsm == preview.after.non_gsm
    clusters = graphemes(preview.original)
    for replacement in preview.replacements:
        # Only clusters holding a non-GSM character are touched, and indices are right.
        assert clusters[replacement.index] == replacement.original
        assert any(c not in GSM for c in replacement.original)
        clusters[replacement.index] = replacement.replacement
    assert nfc("".join(clusters)) == preview.result
