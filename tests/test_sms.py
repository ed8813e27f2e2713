"""Hand-checked vectors for ellipses_sms.sms (GSM-7 / UCS-2 counting, splitting, transliteration).

Facts (3GPP TS 23.038 / 23.040): GSM-7 = 127 basic characters (1 septet) + 10 extension
characters sent as ESC + code (2 septets); one part = 160 septets, a concatenated part = 153.
UCS-2 (really UTF-16): 70 code units, 67 per concatenated part; an emoji outside the BMP is a
surrogate pair = 2 units.  An escape pair, a surrogate pair or a grapheme cluster is never split.
"""

from __future__ import annotations

import string

import pytest

from ellipses_sms.sms import (
    FRENCH_TRANSLITERATION,
    GSM7_BASIC,
    GSM7_EXTENSION,
    MULTI_PART_LIMIT,
    SINGLE_PART_LIMIT,
    Encoding,
    Replacement,
    SmsInfo,
    analyze,
    count_units,
    encoding_of,
    non_gsm_characters,
    preview_transliteration,
    split,
    transliterate,
)

GSM7 = Encoding.GSM7
UCS2 = Encoding.UCS2
NBSP = "\u00a0"
NNBSP = "\u202f"
ESC = "\x1b"


def units16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# ------------------------------------------------------------------------------------------
# Tables
# ------------------------------------------------------------------------------------------


def test_basic_table_is_exactly_the_3gpp_one():
    # Typed independently of the module, grouped differently: 88 ASCII + 39 others = 127
    # (128 positions minus 0x1B ESC).
    ascii_part = set(string.ascii_letters + string.digits + "@$_\n\r !\"#%&'()*+,-./:;<=>?")
    others = set("£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà")
    assert len(ascii_part) == 88
    assert len(others) == 39
    assert frozenset(ascii_part | others) == GSM7_BASIC
    assert len(GSM7_BASIC) == 127


def test_extension_table_is_exactly_the_3gpp_one():
    assert frozenset({"\f", "^", "{", "}", "\\", "[", "~", "]", "|", "€"}) == GSM7_EXTENSION
    assert not GSM7_BASIC & GSM7_EXTENSION


@pytest.mark.parametrize(
    ("char", "in_basic", "in_extension"),
    [
        ("Ç", True, False),  # 0x09 is capital C-cedilla in 3GPP (not the Unicode-file ç)
        ("ç", False, False),
        ("\n", True, False),
        ("\r", True, False),
        ("\t", False, False),
        ("\f", False, True),  # form feed is 1B 0A
        (ESC, False, False),  # 0x1B introduces the extension table, it is not text
        ("§", True, False),  # 0x5F
        ("`", False, False),  # the smpplib bug: ` is not GSM-7 at all
        ("€", False, True),
        ("@", True, False),
        ("$", True, False),
        ("¤", True, False),
    ],
)
def test_notable_table_entries(char, in_basic, in_extension):
    assert (char in GSM7_BASIC) is in_basic
    assert (char in GSM7_EXTENSION) is in_extension


def test_limits():
    assert SINGLE_PART_LIMIT == {GSM7: 160, UCS2: 70}
    assert MULTI_PART_LIMIT == {GSM7: 153, UCS2: 67}


def test_encoding_is_a_string_enum():
    assert GSM7 == "GSM-7"
    assert UCS2 == "UCS-2"
    assert str(UCS2) == "UCS-2"
    assert isinstance(GSM7, str)


# ------------------------------------------------------------------------------------------
# Segment boundaries: (text, encoding, units, part lengths in code points)
# ------------------------------------------------------------------------------------------

BOUNDARY_VECTORS = [
    ("", GSM7, 0, []),
    ("a", GSM7, 1, [1]),
    ("a" * 160, GSM7, 160, [160]),
    ("a" * 161, GSM7, 161, [153, 8]),
    ("a" * 306, GSM7, 306, [153, 153]),
    ("a" * 307, GSM7, 307, [153, 153, 1]),
    ("a" * 459, GSM7, 459, [153, 153, 153]),
    ("a" * 460, GSM7, 460, [153, 153, 153, 1]),
    ("ç" * 70, UCS2, 70, [70]),
    ("ç" * 71, UCS2, 71, [67, 4]),
    ("ç" * 134, UCS2, 134, [67, 67]),
    ("ç" * 135, UCS2, 135, [67, 67, 1]),
    # Extension characters cost 2 septets: 80 € = 160 septets = 1 part.
    ("€" * 80, GSM7, 160, [80]),
    # 81 € = 162 septets: 76 € = 152 septets, the 77th would need 154 > 153, so 76 + 5.
    ("€" * 81, GSM7, 162, [76, 5]),
    # Twilio issue #39: 153 ] = 306 septets but 3 parts (76 + 76 + 1), never 2.
    ("]" * 153, GSM7, 306, [76, 76, 1]),
    # 152 a + € = 154 > 153: the escape pair moves whole to part 2 (2 + 10 septets).
    ("a" * 152 + "€" + "b" * 10, GSM7, 164, [152, 11]),
    # 151 a + € = 153 exactly: it stays.
    ("a" * 151 + "€" + "b" * 10, GSM7, 163, [152, 10]),
    # Every extension character, at the boundary.
    *[("a" * 152 + c + "b" * 7, GSM7, 161, [152, 8]) for c in sorted(GSM7_EXTENSION)],
    # A single ç in 160 characters: all UCS-2, 160 units = 67 + 67 + 26.
    ("a" * 80 + "ç" + "a" * 79, UCS2, 160, [67, 67, 26]),
    # 66 a + 📚 (2 units) = 68 > 67: the surrogate pair moves whole (13 units left: 📚 10 b ç).
    ("a" * 66 + "📚" + "b" * 10 + "ç", UCS2, 79, [66, 12]),
    # 65 a + 📚 = 67 exactly: it stays.
    ("a" * 65 + "📚" + "b" * 10 + "ç", UCS2, 78, [66, 11]),
    # Flag = 2 regional indicators = 4 units, one grapheme: 65 + 4 = 69 > 67 so it moves; then
    # 🇫🇷 + 63 b = 67, and 1 b is left: 3 parts (2 with a code-point split).
    ("a" * 65 + "🇫🇷" + "b" * 64, UCS2, 133, [65, 65, 1]),
    # € costs 1 in UCS-2: 69 € + ç = 70 units = 1 part (it would be 139 septets + UCS-2 anyway).
    ("€" * 69 + "ç", UCS2, 70, [70]),
    ("€" * 70 + "ç", UCS2, 71, [67, 4]),
    # A CR LF pair is two characters of 1 septet each: 80 × "a\r\n" = 240 septets; part 1 takes
    # 51 × 3 = 153 septets.
    ("a\r\n" * 80, GSM7, 240, [153, 87]),
    # CR LF straddling 153: 152 a + CR fill part 1, LF starts part 2 (issue 12: it was moved
    # whole, as if CR LF were one character).
    ("a" * 152 + "\r\n" + "b" * 10, GSM7, 164, [153, 11]),
    ("a" * 152 + "\r\n" + "a" * 152, GSM7, 306, [153, 153]),
    # The same in UCS-2: 66 ç + CR = 67 units, LF opens part 2.
    ("ç" * 66 + "\r\n" + "ç" * 66, UCS2, 134, [67, 67]),
]


@pytest.mark.parametrize(("text", "encoding", "units", "lengths"), BOUNDARY_VECTORS)
def test_boundaries(text, encoding, units, lengths):
    info = analyze(text)
    parts = split(text)
    assert info.encoding is encoding
    assert encoding_of(text) is encoding
    assert info.units == units
    assert count_units(text) == units
    assert [len(p) for p in parts] == lengths
    assert info.segments == len(lengths)
    assert "".join(parts) == text


def test_empty_text_is_zero_parts():
    assert analyze("") == SmsInfo(GSM7, 0, 0, 160, 160, (), 0)
    assert split("") == []


@pytest.mark.parametrize(
    ("text", "per_segment", "remaining"),
    [
        ("a" * 150, 160, 10),
        ("a" * 160, 160, 0),
        ("a" * 161, 153, 145),  # last part holds 8
        ("€" * 81, 153, 143),  # last part holds 5 € = 10 septets
        ("€" * 79 + "a", 160, 1),  # 159 septets: 1 left (not enough for another €)
        ("ç" * 71, 67, 63),  # last part holds 4 units
        ("ç" * 69, 70, 1),
        ("📚" * 35, 70, 0),
        ("a" * 65 + "🇫🇷" + "b" * 64, 67, 66),  # last part holds one b
    ],
)
def test_per_segment_and_remaining(text, per_segment, remaining):
    info = analyze(text)
    assert info.per_segment == per_segment
    assert info.remaining == remaining


def test_extension_parts_never_split_escape_pairs():
    parts = split("€" * 81)
    assert parts == ["€" * 76, "€" * 5]
    assert [count_units(p, GSM7) for p in parts] == [152, 10]


def test_emoji_parts_never_split_surrogate_pairs():
    parts = split("a" * 66 + "📚" + "b" * 10 + "ç")
    assert parts[0] == "a" * 66
    assert parts[1].startswith("📚")
    for part in parts:
        part.encode("utf-16-le")  # strict: a lone surrogate would raise


@pytest.mark.parametrize(
    ("text", "units", "characters"),
    [
        ("📚", 2, 1),
        ("🇫🇷", 4, 1),
        ("👍🏽", 4, 1),  # thumbs up + skin tone modifier
        ("👨‍👩‍👧", 8, 1),  # 3 emoji (2 units each) + 2 ZWJ
        ("❤️", 2, 1),  # U+2764 + VS16, both BMP
        ("é", 1, 1),
        ("a\r\nb", 4, 4),  # GSM-7: CR LF is two characters, 2 septets
        ("ç\r\n", 3, 3),  # UCS-2 likewise
        ("ç€", 2, 2),  # UCS-2: € is 1 unit
        ("€", 2, 1),  # GSM-7: € is 2 septets
    ],
)
def test_units_and_characters(text, units, characters):
    info = analyze(text)
    assert info.units == units
    assert info.characters == characters


def test_grapheme_aware_split_keeps_emoji_sequences_whole():
    family = "👨‍👩‍👧"  # 8 units
    text = "a" * 62 + family + "b" * 10  # 62 + 8 = 70 > 67: the family moves to part 2
    assert split(text) == ["a" * 62, family + "b" * 10]
    skin = "👍🏽"  # 4 units
    text = "a" * 64 + skin + "b" * 10  # 64 + 4 = 68 > 67
    assert split(text) == ["a" * 64, skin + "b" * 10]


def test_absurd_cluster_longer_than_a_part_is_cut_at_code_points():
    # 31 men joined by 30 ZWJ: 31 × 2 + 30 = 92 units, one grapheme cluster.
    chain = "👨\u200d" * 30 + "👨"
    assert analyze(chain).characters == 1
    assert units16(chain) == 92
    parts = split("abc" + chain)
    # "abc" stays alone (the cluster moves to a fresh part); the cluster is then cut after
    # 22 × (👨 + ZWJ) = 66 units (one more 👨 would make 68 > 67); 26 units remain.
    assert parts == ["abc", chain[:44], chain[44:]]
    assert [units16(p) for p in parts] == [3, 66, 26]
    assert analyze("abc" + chain).segments == 3


def test_decomposed_accent_is_normalised_to_gsm7():
    text = "cafe\u0301"  # e + combining acute
    assert encoding_of(text) is GSM7
    assert analyze(text).units == 4
    assert analyze(text).characters == 4
    assert split(text) == ["café"]
    assert count_units(text) == 4


def test_decomposed_non_gsm_accent_stays_ucs2_after_nfc():
    assert encoding_of("co\u0302te") is UCS2  # NFC gives ô, which is not GSM-7
    assert non_gsm_characters("co\u0302te") == ["ô"]


# ------------------------------------------------------------------------------------------
# French characters
# ------------------------------------------------------------------------------------------

FRENCH_GSM7 = list("àéèùüæÆÇÉÜ")
FRENCH_NOT_GSM7 = [
    *"âçêëîïôœûÿÀÂÈÊËÎÏÔŒÙÛŸ",
    *"«»’‘“”°…–—",
    NBSP,
    NNBSP,
    "\t",
    ESC,
    "`",
]


@pytest.mark.parametrize("char", FRENCH_GSM7)
def test_french_letters_in_gsm7(char):
    text = "Merci " + char
    info = analyze(text)
    assert info.encoding is GSM7
    assert info.units == 7
    assert info.non_gsm == ()


@pytest.mark.parametrize("char", FRENCH_NOT_GSM7)
def test_french_characters_forcing_ucs2(char):
    text = "Merci " + char
    info = analyze(text)
    assert info.encoding is UCS2
    assert info.units == 7
    assert info.non_gsm == (char,)
    assert non_gsm_characters(text) == [char]


def test_section_sign_is_gsm7():
    assert encoding_of("Art. 12 §3") is GSM7


def test_non_gsm_lists_distinct_graphemes_in_order_of_first_appearance():
    text = "ôBonçôjour📚 ç🇫🇷 👍🏽 a\u0331 ô 📚"
    assert analyze(text).non_gsm == ("ô", "ç", "📚", "🇫🇷", "👍🏽", "a\u0331")
    assert non_gsm_characters(text) == ["ô", "ç", "📚", "🇫🇷", "👍🏽", "a\u0331"]
    assert non_gsm_characters("Bonjour €") == []


def test_count_units_with_explicit_encoding():
    assert count_units("€", GSM7) == 2
    assert count_units("€", UCS2) == 1
    assert count_units("a\r\n", GSM7) == 3
    assert count_units("📚", UCS2) == 2
    with pytest.raises(ValueError, match="GSM-7"):
        count_units("ça", GSM7)


# ------------------------------------------------------------------------------------------
# Transliteration
# ------------------------------------------------------------------------------------------

REQUIRED_MAPPING = {
    "â": "a", "ê": "e", "ë": "e", "î": "i", "ï": "i", "ô": "o", "û": "u", "ÿ": "y",
    "œ": "oe", "Œ": "OE", "À": "A", "Â": "A", "È": "E", "Ê": "E", "Ë": "E", "Î": "I",
    "Ï": "I", "Ô": "O", "Ù": "U", "Û": "U", "Ÿ": "Y", "ç": "c",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "‘": "'", "‚": "'",
    "–": "-", "—": "-", "…": "...", NBSP: " ", NNBSP: " ", "\u2009": " ", "°": "o",
    "\t": " ", "•": "-",
    "á": "a", "í": "i", "ó": "o", "ú": "u", "ã": "a", "õ": "o",
}  # fmt: skip


@pytest.mark.parametrize(("char", "expected"), sorted(REQUIRED_MAPPING.items()))
def test_required_mapping(char, expected):
    assert FRENCH_TRANSLITERATION[char] == expected
    assert transliterate("x" + char + "x") == "x" + expected + "x"


def test_mapping_only_maps_non_gsm_characters_to_gsm_text():
    allowed = GSM7_BASIC | GSM7_EXTENSION
    for char, replacement in FRENCH_TRANSLITERATION.items():
        assert char not in allowed, repr(char)
        assert set(replacement) <= allowed, (char, replacement)


def test_gsm7_letters_are_never_transliterated():
    text = "àéèùüæÆÇÉÜÄÖÑñäöøØåÅß§¿¡€[]"
    assert transliterate(text) == text
    preview = preview_transliteration(text)
    assert preview.replacements == ()
    assert preview.before == preview.after


def test_realistic_notice_becomes_gsm7_and_only_forbidden_characters_change():
    notice = (
        f"Bonjour Mme Dupond, votre commande «{NBSP}Le Petit Prince{NBSP}» est arrivée à la "
        "librairie. Nous vous l’avons mise de côté jusqu’à samedi…"
    )
    preview = preview_transliteration(notice)
    assert preview.result == (
        'Bonjour Mme Dupond, votre commande " Le Petit Prince " est arrivée à la '
        "librairie. Nous vous l'avons mise de coté jusqu'à samedi..."
    )
    # Indices are grapheme positions: "Bonjour Mme Dupond, votre commande " is 35 characters.
    assert preview.replacements == (
        Replacement(35, "«", '"'),
        Replacement(36, NBSP, " "),
        Replacement(52, NBSP, " "),
        Replacement(53, "»", '"'),
        Replacement(94, "’", "'"),
        Replacement(110, "ô", "o"),
        Replacement(119, "’", "'"),
        Replacement(128, "…", "..."),
    )
    # 35 + 19 ("« Le Petit Prince »") + 28 + 47 = 129 characters.  Before: UCS-2, 129 units =
    # 67 + 62 = 2 parts.  After: … became ..., 131 septets = 1 part.
    assert (preview.before.encoding, preview.before.units, preview.before.segments) == (
        UCS2,
        129,
        2,
    )
    assert (preview.after.encoding, preview.after.units, preview.after.segments) == (GSM7, 131, 1)
    assert preview.remaining_non_gsm == ()
    assert preview.original == notice


def test_one_circumflex_costs_a_part():
    notice = (
        "Bonjour Mme Dupond, votre commande est arrivée à la librairie Ellipses. "
        "Nous l'avons mise de côté jusqu'à samedi 18h. "
        "Nos horaires : du mardi au samedi de 10h à 19h. Bonne journée !"
    )
    assert len(notice) == 181
    preview = preview_transliteration(notice)
    # Before: UCS-2 181 units = 67 + 67 + 47 (3 parts); after: GSM-7 181 = 153 + 28 (2 parts).
    assert (preview.before.encoding, preview.before.segments) == (UCS2, 3)
    assert (preview.after.encoding, preview.after.segments) == (GSM7, 2)
    assert preview.replacements == (Replacement(notice.index("ô"), "ô", "o"),)


def test_emoji_have_no_mapping_and_are_reported():
    preview = preview_transliteration("Merci 📚 à bientôt 🇫🇷")
    assert preview.result == "Merci 📚 à bientot 🇫🇷"
    assert preview.remaining_non_gsm == ("📚", "🇫🇷")
    assert preview.after.encoding is UCS2
    # 🇫🇷 is one grapheme, so ô is grapheme 15 ("Merci 📚 à bient" = 15 graphemes).
    assert preview.replacements == (Replacement(15, "ô", "o"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cœur", "coeur"),
        ("ŒUVRES", "OEUVRES"),
        ("Noël", "Noel"),
        ("maïs", "mais"),
        ("garçon", "garcon"),
        ("Ça va", "Ça va"),  # capital Ç is GSM-7
        ("n° 12", "no 12"),
        ("co\u0302te\u0301", "coté"),  # decomposed: NFC first, é kept
        ("a\tb", "a b"),
        ("a\x1bb", "ab"),  # a literal ESC is dropped
        ("ligne\u000bsuivante", "ligne\nsuivante"),  # Word's manual line break
        ("zéro\u200blargeur", "zérolargeur"),
        ("a\u0331", "a"),  # stray combining accent without a precomposed form
        ("São Paulo, Málaga, Łódź", "Sao Paulo, Malaga, Lodz"),
        ("« Ah ! » – dit-il…", '" Ah ! " - dit-il...'),
        ("ÀÂÈÊËÎÏÔÙÛŸ", "AAEEEIIOUUY"),
    ],
)
def test_transliterate(text, expected):
    assert transliterate(text) == expected


def test_preview_of_gsm_text_changes_nothing():
    preview = preview_transliteration("Bonjour")
    assert preview.result == "Bonjour"
    assert preview.replacements == ()
    assert preview.before == preview.after == analyze("Bonjour")


def test_preview_replacements_are_grapheme_indexed():
    preview = preview_transliteration("🇫🇷ôe\u0302")
    assert preview.original == "🇫🇷ôê"
    assert preview.replacements == (Replacement(1, "ô", "o"), Replacement(2, "ê", "e"))
    assert preview.result == "🇫🇷oe"


# ------------------------------------------------------------------------------------------
# Speed: the counter runs on every keystroke
# ------------------------------------------------------------------------------------------

_BASE = (
    "Bonjour Mme Dupond, votre commande est arrivée à la librairie. "
    "Nous l'avons mise de coté jusqu'à samedi. "
)
_FRENCH = (
    f"Bonjour Mme Dupond, votre commande «{NBSP}Le Petit Prince{NBSP}» est arrivée à la "
    "librairie. Nous vous l’avons mise de côté jusqu’à samedi… 📚 "
)
