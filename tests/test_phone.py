"""Tests for ellipses_sms.phone.

Every vector below was checked by hand against phonenumbers 9.0.x (is_valid_number, number_type,
region_code_for_number) before being written down. Facts copied from the project's research
notes (section 4): French mobiles are 06 / 07 (073-079), 0639 and 0690-0697 belong to the overseas
departments, which have their own country codes (+590 GP/MF/BL, +594 GF, +596 MQ, +262 RE/YT,
+508 PM) and are invalid when parsed with region FR; 0712345678 and 0700000000 are invalid.
"""

from __future__ import annotations

import dataclasses
import re

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat

from ellipses_sms import phone
from ellipses_sms.phone import (
    FRENCH_PLAN_REGIONS,
    SMS_TYPES,
    InvalidNumber,
    NumberType,
    PhoneError,
    PhoneNumber,
    display,
    error_message,
    is_valid_region,
    normalize,
    parse,
)

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space, French typography

NOT_MOBILE_TAIL = "les SMS ne peuvent être envoyés qu'à des mobiles"


def assert_accepted(result: PhoneNumber, e164: str, shown: str, region: str) -> None:
    assert result.e164 == e164
    assert result.display == shown
    assert result.region == region
    assert result.valid is True
    assert result.error is None
    assert result.message is None


# --------------------------------------------------------------------------- French formats

FRENCH_MOBILE_SPELLINGS = [
    "06 12 34 56 78",
    "06.12.34.56.78",
    "06-12-34-56-78",
    "06/12/34/56/78",
    "0612345678",
    "+33 6 12 34 56 78",
    "+33612345678",
    "+33 (0)6 12 34 56 78",
    "+33 06 12 34 56 78",
    "0033612345678",
    "00 33 6 12 34 56 78",
    "33612345678",  # old exports: country code without "+"
    "612345678",  # leading 0 lost by a spreadsheet
    "(06) 12 34 56 78",
    "  06 12 34 56 78  ",
    f"{NBSP}06{NBSP}12{NBSP}34{NBSP}56{NBSP}78{NBSP}",
    f"06{NNBSP}12{NNBSP}34{NNBSP}56{NNBSP}78",
    "\t06 12 34 56 78\n",
    "Tél : 06 12 34 56 78",
    "tel: 0612345678",
    "Tél. 06 12 34 56 78",
    "Te\u0301l : 06 12 34 56 78",  # "Tél" typed with a combining accent (NFD)
    "Portable : 06 12 34 56 78",
    "Mobile 06 12 34 56 78",
]


@pytest.mark.parametrize("text", FRENCH_MOBILE_SPELLINGS)
def test_french_mobile_spellings(text: str) -> None:
    result = parse(text)
    assert_accepted(result, "+33612345678", "+33 6 12 34 56 78", "FR")
    assert result.type is NumberType.MOBILE
    assert result.input == text


@pytest.mark.parametrize(
    ("text", "e164", "shown"),
    [
        ("07 50 12 34 56", "+33750123456", "+33 7 50 12 34 56"),
        ("+33 7 81 23 45 67", "+33781234567", "+33 7 81 23 45 67"),
        ("0033 7 50 12 34 56", "+33750123456", "+33 7 50 12 34 56"),
        ("0601020304", "+33601020304", "+33 6 01 02 03 04"),
    ],
)
def test_other_french_mobiles(text: str, e164: str, shown: str) -> None:
    result = parse(text)
    assert_accepted(result, e164, shown, "FR")
    assert result.type is NumberType.MOBILE


def test_spreadsheet_integer_cell() -> None:
    assert_accepted(parse(612345678), "+33612345678", "+33 6 12 34 56 78", "FR")  # type: ignore[arg-type]


def test_none_and_other_objects_do_not_raise() -> None:
    assert parse(None).error is PhoneError.EMPTY  # type: ignore[arg-type]
    assert parse(6.12345678e8).error is PhoneError.NOT_A_NUMBER  # type: ignore[arg-type]
    assert parse(True).error is PhoneError.NOT_A_NUMBER  # type: ignore[arg-type]


# --------------------------------------------------------------------------- overseas departments

OVERSEAS_MOBILES = [
    # national spelling, E.164, display, region
    ("0690 00 12 34", "+590690001234", "+590 690 00 12 34", "GP"),
    ("0691 23 45 67", "+590691234567", "+590 691 23 45 67", "GP"),
    ("07 09 00 12 34", "+590709001234", "+590 709 00 12 34", "GP"),
    ("0694 20 12 34", "+594694201234", "+594 694 20 12 34", "GF"),
    ("07 09 30 45 67", "+594709304567", "+594 709 30 45 67", "GF"),
    ("0696 20 12 34", "+596696201234", "+596 696 20 12 34", "MQ"),
    ("0697 20 12 34", "+596697201234", "+596 697 20 12 34", "MQ"),
    ("07 09 10 45 67", "+596709104567", "+596 709 10 45 67", "MQ"),
    ("0692 12 34 56", "+262692123456", "+262 692 12 34 56", "RE"),
    ("0693 12 34 56", "+262693123456", "+262 693 12 34 56", "RE"),
    ("07 09 20 45 67", "+262709204567", "+262 709 20 45 67", "RE"),
    ("0639 01 23 45", "+262639012345", "+262 639 01 23 45", "YT"),
    ("07 09 35 45 67", "+262709354567", "+262 709 35 45 67", "YT"),
    ("055 12 34", "+508551234", "+508 55 12 34", "PM"),
]


@pytest.mark.parametrize(("text", "e164", "shown", "region"), OVERSEAS_MOBILES)
def test_overseas_mobiles_dialled_nationally(text: str, e164: str, shown: str, region: str) -> None:
    result = parse(text)
    assert_accepted(result, e164, shown, region)
    assert result.type is NumberType.MOBILE


@pytest.mark.parametrize(("text", "e164", "shown", "region"), OVERSEAS_MOBILES)
def test_overseas_vectors_really_are_invalid_in_fr(
    text: str, e164: str, shown: str, region: str
) -> None:
    # The reason the retry exists: phonenumbers alone, with region FR, rejects these numbers.
    assert not phonenumbers.is_valid_number(phonenumbers.parse(text, "FR"))
    # ...and they are real mobiles in their own region.
    number = phonenumbers.parse(e164)
    assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


@pytest.mark.parametrize(("text", "e164", "shown", "region"), OVERSEAS_MOBILES)
def test_overseas_mobiles_in_international_form(
    text: str, e164: str, shown: str, region: str
) -> None:
    assert_accepted(parse(shown), e164, shown, region)
    assert_accepted(parse("00" + e164[1:]), e164, shown, region)


@pytest.mark.parametrize(
    ("text", "e164", "region"),
    [
        ("590690001234", "+590690001234", "GP"),  # country code without "+", as old exports
        ("262692123456", "+262692123456", "RE"),
    ],
)
def test_overseas_country_code_without_plus(text: str, e164: str, region: str) -> None:
    result = parse(text)
    assert result.valid
    assert (result.e164, result.region) == (e164, region)


def test_saint_martin_and_saint_barthelemy_share_590() -> None:
    # A mobile dialled with default region MF or BL resolves to +590 (phonenumbers reports GP).
    for default in ("MF", "BL"):
        assert_accepted(parse("0690001234", default), "+590690001234", "+590 690 00 12 34", "GP")
        # ...and a mainland mobile still works from there.
        assert parse("0612345678", default).e164 == "+33612345678"
    # A Saint-Barthélemy landline dialled from mainland France: understood, refused.
    landline = parse("0590 27 12 34")
    assert (landline.e164, landline.region, landline.error) == (
        "+590590271234",
        "BL",
        PhoneError.NOT_MOBILE,
    )


def test_explicit_plus33_overseas_number_is_not_rewritten() -> None:
    # Typed with +33 on purpose: this number does not exist; an SMS would never arrive.
    for text in ("+33 6 90 00 12 34", "0033690001234"):
        result = parse(text)
        assert result.error is PhoneError.INVALID
        assert result.e164 is None


def test_overseas_prefix_outside_the_allocated_blocks_is_invalid() -> None:
    # 0691 is only partly allocated: 0691 00 ... is a mobile nowhere.
    result = parse("0691 00 12 34")
    assert result.error is PhoneError.INVALID
    assert result.message == "Numéro invalide : aucun numéro de ce type n'existe"


def test_overseas_landlines_are_resolved_then_refused() -> None:
    for text, e164, region in [
        ("0590 12 34 56", "+590590123456", "GP"),
        ("0594 10 12 34", "+594594101234", "GF"),
    ]:
        result = parse(text)
        assert (result.e164, result.region, result.type) == (e164, region, NumberType.FIXED_LINE)
        assert result.error is PhoneError.NOT_MOBILE
        assert "ligne fixe" in (result.message or "")


@pytest.mark.parametrize("default", ["GP", "MQ", "GF", "RE", "YT", "PM", "gp"])
def test_overseas_default_region_still_reaches_mainland(default: str) -> None:
    assert_accepted(parse("06 12 34 56 78", default), "+33612345678", "+33 6 12 34 56 78", "FR")


def test_overseas_default_region_parses_its_own_and_other_departments() -> None:
    assert parse("0692 12 34 56", "RE").e164 == "+262692123456"
    assert parse("0639 01 23 45", "RE").region == "YT"
    assert parse("0690 00 12 34", "RE").e164 == "+590690001234"
    assert parse("0696 20 12 34", "GF").e164 == "+596696201234"


def test_french_plan_regions_constant() -> None:
    assert FRENCH_PLAN_REGIONS == ("FR", "GP", "MQ", "GF", "RE", "YT", "PM")


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("text", "e164", "kind", "words"),
    [
        ("01 23 45 67 89", "+33123456789", NumberType.FIXED_LINE, "une ligne fixe"),
        ("04 72 12 34 56", "+33472123456", NumberType.FIXED_LINE, "une ligne fixe"),
        ("09 70 12 34 56", "+33970123456", NumberType.VOIP, "un numéro VoIP (09)"),
        ("0800 12 34 56", "+33800123456", NumberType.TOLL_FREE, "un numéro gratuit (0800)"),
        ("0899 12 34 56", "+33899123456", NumberType.PREMIUM_RATE, "un numéro surtaxé"),
        ("0810 12 34 56", "+33810123456", NumberType.SHARED_COST, "coût partagé"),
        ("0806 12 34 56", "+33806123456", NumberType.UAN, "un numéro de service"),
        ("+44 7640 123456", "+447640123456", NumberType.PAGER, "radiomessagerie"),
        ("+44 70 1234 5678", "+447012345678", NumberType.PERSONAL, "numéro personnel"),
        ("+1 800 555 0123", "+18005550123", NumberType.TOLL_FREE, "un numéro gratuit :"),
        ("+49 30 1234567", "+49301234567", NumberType.FIXED_LINE, "une ligne fixe"),
    ],
)
def test_non_mobiles_are_refused_naming_the_type(
    text: str, e164: str, kind: NumberType, words: str
) -> None:
    result = parse(text)
    assert result.valid is False
    assert result.error is PhoneError.NOT_MOBILE
    assert result.type is kind
    assert result.e164 == e164  # still shown: the clerk sees what was understood
    assert result.display is not None
    assert result.message is not None
    assert words in result.message
    assert result.message.endswith(NOT_MOBILE_TAIL)


def test_landline_message_exact() -> None:
    result = parse("01 23 45 67 89")
    assert result.message == (
        "Ce numéro est une ligne fixe : les SMS ne peuvent être envoyés qu'à des mobiles"
    )
    assert result.display == "+33 1 23 45 67 89"
    assert result.region == "FR"


def test_french_prefix_hint_only_for_french_numbers() -> None:
    us = parse("+1 800 555 0123").message or ""
    assert "(0800)" not in us
    assert "gratuit" in us


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("", PhoneError.EMPTY, "Numéro vide"),
        ("   ", PhoneError.EMPTY, "Numéro vide"),
        (f"{NBSP}{NNBSP}\t", PhoneError.EMPTY, "Numéro vide"),
        ("abc", PhoneError.NOT_A_NUMBER, "Ce n'est pas un numéro de téléphone"),
        ("06 12 AB 56 78", PhoneError.NOT_A_NUMBER, "Ce n'est pas un numéro de téléphone"),
        ("06 12 34 56 78 poste 12", PhoneError.NOT_A_NUMBER, "Ce n'est pas un numéro de téléphone"),
        (
            "appelez le 06 12 34 56 78",
            PhoneError.NOT_A_NUMBER,
            "Ce n'est pas un numéro de téléphone",
        ),
        ("0612345678#", PhoneError.NOT_A_NUMBER, "Ce n'est pas un numéro de téléphone"),
        ("+-()", PhoneError.NOT_A_NUMBER, "Ce n'est pas un numéro de téléphone"),
        ("Tél :", PhoneError.NOT_A_NUMBER, "Ce n'est pas un numéro de téléphone"),
        ("06 12 34", PhoneError.TOO_SHORT, "Numéro trop court"),
        ("06 12 34 56 7", PhoneError.TOO_SHORT, "Numéro trop court"),
        ("0", PhoneError.TOO_SHORT, "Numéro trop court"),
        ("+33", PhoneError.TOO_SHORT, "Numéro trop court"),
        ("+33 6", PhoneError.TOO_SHORT, "Numéro trop court"),
        ("06 12 34 56 789", PhoneError.TOO_LONG, "Numéro trop long"),
        ("+33 6 12 34 56 78 9", PhoneError.TOO_LONG, "Numéro trop long"),
        ("0612345678901234567890", PhoneError.TOO_LONG, "Numéro trop long"),
        (
            "07 12 34 56 78",
            PhoneError.INVALID,
            "Numéro invalide : aucun numéro de ce type n'existe",
        ),
        ("0700000000", PhoneError.INVALID, "Numéro invalide : aucun numéro de ce type n'existe"),
        ("0000000000", PhoneError.INVALID, "Numéro invalide : aucun numéro de ce type n'existe"),
        (
            "+44 7700 900123",
            PhoneError.INVALID,
            "Numéro invalide : aucun numéro de ce type n'existe",
        ),
        ("+990 12345678", PhoneError.INVALID_COUNTRY_CODE, "Indicatif de pays inconnu"),
    ],
)
def test_refusals(text: str, error: PhoneError, message: str) -> None:
    result = parse(text)
    assert result.error is error
    assert result.message == message
    assert result.valid is False
    assert (result.e164, result.display, result.type, result.region) == (None, None, None, None)


# --------------------------------------------------------------------------- foreign numbers


@pytest.mark.parametrize(
    ("text", "e164", "shown", "region", "kind"),
    [
        ("+32 470 12 34 56", "+32470123456", "+32 470 12 34 56", "BE", NumberType.MOBILE),
        ("+41 79 123 45 67", "+41791234567", "+41 79 123 45 67", "CH", NumberType.MOBILE),
        ("+44 7400 123456", "+447400123456", "+44 7400 123456", "GB", NumberType.MOBILE),
        ("0044 7400 123456", "+447400123456", "+44 7400 123456", "GB", NumberType.MOBILE),
        ("+49 1512 3456789", "+4915123456789", "+49 1512 3456789", "DE", NumberType.MOBILE),
        ("+34 612 34 56 78", "+34612345678", "+34 612 34 56 78", "ES", NumberType.MOBILE),
        ("+39 312 345 6789", "+393123456789", "+39 312 345 6789", "IT", NumberType.MOBILE),
        # US: fixed and mobile ranges overlap, phonenumbers cannot tell; accepted for SMS.
        (
            "+1 (201) 555-0123",
            "+12015550123",
            "+1 201-555-0123",
            "US",
            NumberType.FIXED_LINE_OR_MOBILE,
        ),
        (
            "+1 415 555 2671",
            "+14155552671",
            "+1 415-555-2671",
            "US",
            NumberType.FIXED_LINE_OR_MOBILE,
        ),
    ],
)
def test_foreign_mobiles_in_international_form(
    text: str, e164: str, shown: str, region: str, kind: NumberType
) -> None:
    result = parse(text)
    assert_accepted(result, e164, shown, region)
    assert result.type is kind


def test_fixed_line_or_mobile_counts_as_sms_capable() -> None:
    assert {NumberType.MOBILE, NumberType.FIXED_LINE_OR_MOBILE} == SMS_TYPES


def test_non_french_default_region() -> None:
    for text in ("0470 12 34 56", "470123456", "32470123456", "+32 470 12 34 56"):
        assert_accepted(parse(text, "BE"), "+32470123456", "+32 470 12 34 56", "BE")
    assert parse("0470 12 34 56", " be ").e164 == "+32470123456"  # setting typed loosely
    # A French number typed nationally is not French when the default region is BE...
    assert parse("06 12 34 56 78", "BE").valid is False
    # ...no overseas retry outside the French plan...
    assert parse("0690 00 12 34", "BE").e164 is None
    # ...but international forms do not depend on the default region.
    assert parse("+33 6 12 34 56 78", "BE").e164 == "+33612345678"
    # Belgian landline refused.
    assert parse("02 212 34 56", "BE").type is NumberType.FIXED_LINE


def test_unknown_default_region() -> None:
    result = parse("06 12 34 56 78", "ZZ")
    assert result.error is PhoneError.INVALID_COUNTRY_CODE
    assert parse("06 12 34 56 78", "").error is PhoneError.INVALID_COUNTRY_CODE
    assert parse("+33 6 12 34 56 78", "ZZ").e164 == "+33612345678"


def test_lowercase_region_is_tolerated() -> None:
    assert parse("0690001234", "fr").e164 == "+590690001234"


# --------------------------------------------------------------------------- result object


def test_to_json_valid() -> None:
    assert parse(" 06 12 34 56 78").to_json() == {
        "input": " 06 12 34 56 78",
        "valid": True,
        "e164": "+33612345678",
        "display": "+33 6 12 34 56 78",
        "type": "mobile",
        "error": None,
    }


def test_to_json_refused_and_invalid() -> None:
    assert parse("09 70 12 34 56").to_json() == {
        "input": "09 70 12 34 56",
        "valid": False,
        "e164": "+33970123456",
        "display": "+33 9 70 12 34 56",
        "type": "voip",
        "error": "Ce numéro est un numéro VoIP (09) : "
        "les SMS ne peuvent être envoyés qu'à des mobiles",
    }
    assert parse("06 12 34").to_json() == {
        "input": "06 12 34",
        "valid": False,
        "e164": None,
        "display": None,
        "type": None,
        "error": "Numéro trop court",
    }


def test_result_is_frozen_and_enums_are_strings() -> None:
    result = parse("06 12 34 56 78")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.e164 = "+33600000000"  # type: ignore[misc]
    assert result.type == "mobile"
    assert PhoneError.NOT_MOBILE == "not_mobile"
    assert f"{PhoneError.TOO_SHORT}" == "too_short"


# --------------------------------------------------------------------------- messages


def test_every_error_code_has_a_distinct_french_message() -> None:
    messages = {code: error_message(code) for code in PhoneError}
    assert len(set(messages.values())) == len(PhoneError)
    assert messages[PhoneError.EMPTY] == "Numéro vide"
    assert messages[PhoneError.NOT_MOBILE] == (
        "Ce numéro n'est pas un mobile : les SMS ne peuvent être envoyés qu'à des mobiles"
    )


def test_not_mobile_message_names_each_type() -> None:
    refused = [t for t in NumberType if t not in SMS_TYPES and t is not NumberType.UNKNOWN]
    texts = {t: error_message(PhoneError.NOT_MOBILE, t) for t in refused}
    assert len(set(texts.values())) == len(refused)
    assert all(text.startswith("Ce numéro est ") for text in texts.values())
    assert texts[NumberType.VOIP] == (
        "Ce numéro est un numéro VoIP (09) : les SMS ne peuvent être envoyés qu'à des mobiles"
    )
    assert "(09)" not in error_message(PhoneError.NOT_MOBILE, NumberType.VOIP, "GB")
    assert error_message("too_short") == "Numéro trop court"  # type: ignore[arg-type]


# --------------------------------------------------------------------------- normalize / display


def test_normalize() -> None:
    assert normalize("06.12.34.56.78") == "+33612345678"
    assert normalize("0692 12 34 56") == "+262692123456"
    assert normalize("0470 12 34 56", region="BE") == "+32470123456"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("01 23 45 67 89", PhoneError.NOT_MOBILE),
        ("abc", PhoneError.NOT_A_NUMBER),
        ("", PhoneError.EMPTY),
    ],
)
def test_normalize_raises_with_the_french_reason(text: str, error: PhoneError) -> None:
    with pytest.raises(InvalidNumber) as caught:
        normalize(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.number.error is error
    assert str(caught.value) == caught.value.number.message


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+33612345678", "+33 6 12 34 56 78"),
        ("+33750123456", "+33 7 50 12 34 56"),
        ("+33123456789", "+33 1 23 45 67 89"),
        ("+33800123456", "+33 800 12 34 56"),
        ("+262692123456", "+262 692 12 34 56"),
        ("+590690001234", "+590 690 00 12 34"),
        ("+508551234", "+508 55 12 34"),
        ("+32470123456", "+32 470 12 34 56"),
        ("+12015550123", "+1 201-555-0123"),
    ],
)
def test_display(e164: str, shown: str) -> None:
    assert display(e164) == shown


@pytest.mark.parametrize("stored", ["", "garbage", "0612345678", "+", "+990 12345678"])
def test_display_returns_bad_stored_values_unchanged(stored: str) -> None:
    assert display(stored) == stored


def test_display_of_none_is_empty() -> None:
    assert display(None) == ""  # type: ignore[arg-type]


def test_is_valid_region() -> None:
    for code in ("FR", "BE", "GP", "RE", "YT", "PM", "US"):
        assert is_valid_region(code), code
    for code in ("fr", "ZZ", "", "001", "FRA", " FR", None):
        assert not is_valid_region(code), code  # type: ignore[arg-type]


def test_common_french_numbers_skip_phonenumbers_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # Importing 100 000 rows: "06 12 34 56 78" / "+33..." must not pay for phonenumbers.parse.
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("phonenumbers.parse called on the fast path")

    monkeypatch.setattr(phonenumbers, "parse", forbidden)
    assert parse("06 12 34 56 78").e164 == "+33612345678"
    assert parse("+33 7 50 12 34 56").e164 == "+33750123456"
    assert parse("0033.6.12.34.56.78").e164 == "+33612345678"
    assert parse("01-23-45-67-89").error is PhoneError.NOT_MOBILE


# --------------------------------------------------------------------------- properties

SEPARATOR = st.sampled_from(["", " ", ".", "-", NBSP])
# (prefix, digits still needed): shapes of real numbers, so that most draws are understood.
SHAPES = st.sampled_from(
    [("06", 8), ("07", 8), ("01", 8), ("09", 8), ("0800", 6), ("+33 6", 8), ("0033 7", 8),
     ("33 6", 8), ("0690", 6), ("0692", 6), ("0639", 6), ("0709", 6), ("0696", 6), ("+590 690", 6),
     ("+262 692", 6), ("+32 47", 7), ("+41 79", 7), ("+44 74", 8), ("+1 201", 7), ("+49 151", 8),
     ("+34 6", 8), ("+39 3", 9), ("0", 5), ("06", 5), ("06", 11), ("+", 6), ("00", 9)]
)  # fmt: skip


@st.composite
def phone_like(draw: st.DrawFn) -> str:
    """Strings shaped like what a clerk types, so that many of them are real numbers."""
    prefix, count = draw(SHAPES)
    digits = draw(st.text(alphabet="0123456789", min_size=count, max_size=count))
    sep = draw(SEPARATOR)
    grouped = sep.join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return draw(st.sampled_from(["", " ", NBSP])) + prefix + sep + grouped


ANY_TEXT = st.one_of(st.text(max_size=40), phone_like())
REGIONS = st.sampled_from(["FR", "GP", "RE", "BE", "US", "ZZ", "fr", ""])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, region=REGIONS)
def test_parse_never_raises_and_is_consistent(text: str, region: str) -> None:
    result = parse(text, region)
    assert isinstance(result, PhoneNumber)
    assert result.input == text
    assert result.valid == (result.error is None)
    assert (result.error is None) == (result.message is None)
    understood = result.e164 is not None
    assert understood == (result.display is not None) == (result.type is not None)
    if result.valid:
        assert result.type in SMS_TYPES
    if understood and not result.valid:
        assert result.error is PhoneError.NOT_MOBILE
    if result.error is not None:
        assert result.message == error_message(result.error, result.type, result.region)


@settings(max_examples=400, deadline=None)
@given(text=phone_like(), region=REGIONS)
def test_understood_numbers_round_trip(text: str, region: str) -> None:
    result = parse(text, region)
    if result.e164 is None:
        return
    assert result.e164.startswith("+")
    assert result.e164[1:].isdigit()
    again = parse(result.e164)
    assert again.e164 == result.e164
    assert again.valid == result.valid
    assert parse(result.display or "", "ZZ").e164 == result.e164
    assert display(result.e164) == result.display
    if result.valid:
        assert normalize(result.e164) == result.e164


@settings(max_examples=300, deadline=None)
@given(national=st.from_regex(r"\A0[1-9][0-9]{8}\Z"), sep=SEPARATOR)
def test_french_fast_path_agrees_with_phonenumbers(national: str, sep: str) -> None:
    # parse() skips phonenumbers.parse for "0X XX XX XX XX"; it must find what it would find.
    reference = phonenumbers.parse(national, "FR")
    spelled = sep.join(national[i : i + 2] for i in range(0, 10, 2))
    result = parse(spelled)
    if phonenumbers.is_valid_number(reference):
        assert result.e164 == phonenumbers.format_number(reference, 0)
        assert result.display == phonenumbers.format_number(reference, 1)
        assert result.valid == (
            phonenumbers.number_type(reference) == phonenumbers.PhoneNumberType.MOBILE
        )
        assert parse("+33" + national[1:]).e164 == result.e164
    else:
        assert result.e164 is None or not result.e164.startswith("+33")


@given(nsn=st.from_regex(r"\A[67][0-9]{8}\Z"))
def test_display_fast_path_matches_phonenumbers(nsn: str) -> None:
    e164 = "+33" + nsn
    assert display(e164) == phonenumbers.format_number(phonenumbers.parse(e164), 1)


@given(text=st.text(max_size=30))
def test_display_never_raises(text: str) -> None:
    assert isinstance(display(text), str)


# --------------------------------------------------------------------------- import fast path

MOBILE_SHAPED = st.builds(
    lambda prefix, digits, seps, pad: (
        pad
        + prefix
        + seps[0]
        + digits[0]
        + "".join(sep + digits[1 + 2 * i : 3 + 2 * i] for i, sep in enumerate(seps[1:]))
        + pad
    ),
    st.sampled_from(["0", "+33", "0033", "+33 ", "33", "+590", "00", "+", ""]),
    st.text(alphabet="0123456789", min_size=9, max_size=9),
    st.lists(st.sampled_from(["", " ", ".", "-", "/", NBSP, "  ", "\t"]), min_size=5, max_size=5),
    st.sampled_from(["", " ", NBSP]),
)


def _general_path(monkeypatch: pytest.MonkeyPatch, text: str) -> PhoneNumber:
    """What parse says without the import fast path (the path every other number takes)."""
    with monkeypatch.context() as patched:
        patched.setattr(phone, "_FR_MOBILE_COMPACT", None)
        return parse(text, "FR")


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(MOBILE_SHAPED, st.text(max_size=25)))
def test_french_mobile_fast_path_agrees_with_general_path_and_phonenumbers(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    fast = phone.french_mobile_e164(text)
    general = _general_path(monkeypatch, text)
    assert parse(text, "FR") == general  # the fast path changes no result, only the cost
    if fast is None:
        return
    assert general.valid and general.e164 == fast and general.type is NumberType.MOBILE
    reference = phonenumbers.parse(text.strip(), "FR")
    assert phonenumbers.number_type(reference) == phonenumbers.PhoneNumberType.MOBILE
    assert phonenumbers.region_code_for_number(reference) == "FR"
    assert phonenumbers.format_number(reference, PhoneNumberFormat.E164) == fast
    assert general.display == phonenumbers.format_number(reference, PhoneNumberFormat.INTERNATIONAL)


@settings(max_examples=300, deadline=None)
@given(nsn=st.from_regex(r"\A[67][0-9]{8}\Z"), shape=st.sampled_from(["0", "+33 ", "0033"]))
def test_french_mobile_fast_path_takes_every_mainland_mobile(nsn: str, shape: str) -> None:
    # The usual shapes of a real mainland mobile all take the fast path; the others get None.
    reference = phonenumbers.parse("+33" + nsn)
    is_mobile = phonenumbers.number_type(reference) == phonenumbers.PhoneNumberType.MOBILE
    spelled = shape + " ".join([nsn[0], nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:9]])
    assert phone.french_mobile_e164(spelled) == ("+33" + nsn if is_mobile else None)


@pytest.mark.parametrize(
    "text",
    ["", "06 12 34 56 7", "06 12 34 56 789", "01 23 45 67 89", "09 51 23 45 67", "0690 00 12 34",
     "０６12345678", "06\t12 34 56 78", "Tél : 06 12 34 56 78", "+32 470 12 34 56", "612345678"],
)  # fmt: skip
def test_french_mobile_fast_path_leaves_the_rest_to_parse(text: str) -> None:
    assert phone.french_mobile_e164(text) is None
    assert phone.french_mobile_e164(612345678) is None  # type: ignore[arg-type]


_LIB_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE: NumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE: NumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: NumberType.FIXED_LINE_OR_MOBILE,
    phonenumbers.PhoneNumberType.VOIP: NumberType.VOIP,
    phonenumbers.PhoneNumberType.TOLL_FREE: NumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE: NumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST: NumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN: NumberType.UAN,
    phonenumbers.PhoneNumberType.UNKNOWN: NumberType.UNKNOWN,
}


def test_french_type_agrees_with_phonenumbers_on_every_prefix() -> None:
    # Every 4-digit start of a +33 number (and a few lengths), against the library itself.
    for start in range(1000, 10000):
        for nsn in (f"{start}{start % 97:05d}", f"{start}{(start * 7919) % 100000:05d}"[:8]):
            reference = phonenumbers.PhoneNumber(country_code=33, national_number=int(nsn))
            expected = _LIB_TYPES[phonenumbers.number_type(reference)]
            assert phone._french_type(nsn) is expected, nsn
            assert phone._french_type_in_turn(nsn) is expected, nsn


@settings(max_examples=400, deadline=None)
@given(nsn=st.from_regex(r"\A[1-9][0-9]{8}\Z"))
def test_french_type_and_display_agree_with_phonenumbers(nsn: str) -> None:
    reference = phonenumbers.parse("+33" + nsn)
    assert phone._french_type(nsn) is _LIB_TYPES[phonenumbers.number_type(reference)]
    shown = phonenumbers.format_number(reference, PhoneNumberFormat.INTERNATIONAL)
    assert phone._french_display("+33" + nsn) == shown
    assert display("+33" + nsn) == shown


@pytest.mark.parametrize(
    ("typed", "kind", "shown"),
    [("01 23 45 67 89", NumberType.FIXED_LINE, "+33 1 23 45 67 89"),
     ("09 51 23 45 67", NumberType.VOIP, "+33 9 51 23 45 67"),
     ("0800 12 34 56", NumberType.TOLL_FREE, "+33 800 12 34 56"),
     ("08 92 12 34 56", NumberType.PREMIUM_RATE, "+33 892 12 34 56")],
)  # fmt: skip
def test_french_landlines_are_refused_without_phonenumbers_parse(
    monkeypatch: pytest.MonkeyPatch, typed: str, kind: NumberType, shown: str
) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("phonenumbers called on the French fast path")

    monkeypatch.setattr(phonenumbers, "parse", forbidden)
    monkeypatch.setattr(phonenumbers, "number_type", forbidden)
    result = parse(typed)
    assert (result.valid, result.type, result.display) == (False, kind, shown)
    assert result.error is PhoneError.NOT_MOBILE
    assert result.message == error_message(PhoneError.NOT_MOBILE, kind, "FR")


def _library_only(monkeypatch: pytest.MonkeyPatch, text: str, region: str) -> PhoneNumber:
    """parse() with every French shortcut off: phonenumbers.parse for each number and retry."""
    with monkeypatch.context() as patched:
        patched.setattr(phone, "_FR_MOBILE_COMPACT", None)
        patched.setattr(phone, "_FRENCH_COMPACT", re.compile(r"(?!)"))
        patched.setattr(phone, "_RETRY_TESTS", {})
        return parse(text, region)


NATIONAL_SPELLED = st.builds(
    lambda digits, sep: sep.join([digits[:2], digits[2:4], digits[4:6], digits[6:8], digits[8:]]),
    st.one_of(
        st.from_regex(r"\A0[1-9][0-9]{8}\Z"),
        st.from_regex(r"\A0(?:590|594|596|262|269|508|639|69[0-9]|70[0-9]|80[0-9])[0-9]{6}\Z"),
        st.from_regex(r"\A0[0-9]{4,12}\Z"),
        st.from_regex(r"\A0(?:40|70|71|72|69|89)[0-9]{7}\Z"),  # no type in FR
    ),
    st.sampled_from(["", " ", ".", "-", NBSP, "/"]),
)


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(NATIONAL_SPELLED, phone_like(), MOBILE_SHAPED),
    region=st.sampled_from(["FR", "FR", "GP", "RE", "YT", "PM", "MF", "BE"]),
)
def test_french_shortcuts_give_exactly_what_phonenumbers_gives(
    monkeypatch: pytest.MonkeyPatch, text: str, region: str
) -> None:
    # The fast paths (mobile regex, FR types and display, skipped overseas retries, the type-less
    # verdict) only change the cost: the whole result is the library-only one.
    assert parse(text, region) == _library_only(monkeypatch, text, region)


@pytest.mark.parametrize("region", ["FR", "GP", "RE", "PM"])
@pytest.mark.parametrize(
    "text",
    ["04 00 26 37 89", "+33 4 00 26 37 89", "0033 7 12 34 56 78", "07 12 34 56 78", "0690 00 12 34",
     "0590 12 34 56", "0262 12 34 56", "0508 41 23 45", "0508 412345", "06 39 12 34 56",
     "00000", "0 800 12 34 56", "06 12 34 56 7", "33 6 12 34 56 78"],
)  # fmt: skip
def test_french_shortcuts_on_the_usual_suspects(
    monkeypatch: pytest.MonkeyPatch, text: str, region: str
) -> None:
    assert parse(text, region) == _library_only(monkeypatch, text, region)


# -- issue 17: truncated mainland numbers, full-width digits ------------------------------------


@pytest.mark.parametrize("region", ["FR", "GP", "RE", "MQ"])
@pytest.mark.parametrize(
    "text", ["04 42 12 3", "05 51 23 4", "04 01 23 4", "04.42.12.3", "0442123", "0 551 234"]
)
def test_truncated_mainland_numbers_are_not_saint_pierre_mobiles(text: str, region: str) -> None:
    """Issue 17: « 04 42 12 3 » (a mainland number missing three digits) was accepted as the
    Saint-Pierre-et-Miquelon mobile +508 442123, and an SMS would have gone to a stranger."""
    assert phonenumbers.is_valid_number(phonenumbers.parse(text, "PM"))  # what the retry found
    result = parse(text, region)
    assert not result.valid and result.e164 is None
    assert result.error is PhoneError.TOO_SHORT and result.message == "Numéro trop court"


def test_saint_pierre_numbers_written_its_way_are_still_accepted() -> None:
    assert parse("055 12 34").e164 == "+508551234"
    assert parse("+508 55 12 34").e164 == "+508551234"
    assert parse("05 51 23 4", "PM").e164 == "+508551234"  # a clerk in Saint-Pierre


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("０６１２３４５６７８", "+33612345678"),
        ("０６ １２ ３４ ５６ ７８", "+33612345678"),
        ("＋３３６１２３４５６７８", "+33612345678"),
        ("０６12345678", "+33612345678"),
        ("Tél : ０６．１２．３４．５６．７８", "+33612345678"),
    ],
)
def test_full_width_digits_are_read_as_digits(text: str, e164: str) -> None:
    result = parse(text)
    assert result.valid and result.e164 == e164
    assert result.input == text  # what was typed is kept
    assert phone.normalize(text) == e164
