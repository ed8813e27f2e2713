"""Phone numbers as bookstore clerks type them, turned into something an SMS can be sent to.

Why this module exists:

* Clerks and customer-list exports write numbers in every shape (``06 12 34 56 78``,
  ``06.12.34.56.78``, ``+33 (0)6 12 34 56 78``, ``0033612345678``, ``33612345678``,
  ``612345678``...). We store one canonical form, E.164 (``+33612345678``), and show one display
  form, the international one (``+33 6 12 34 56 78``).
* An SMS only reaches a mobile. A landline, a VoIP number (09), a toll-free number (0800) or a
  premium number is *refused* with the reason in French, so the clerk can fix the customer record.
  The number that was understood is still returned (``e164``/``display``) so the clerk sees it.
* French overseas departments belong to the French numbering plan (clerks dial ``0690 00 12 34``
  for a Guadeloupe mobile) but have their own country codes (+590, +594, +596, +262, +508), so
  ``phonenumbers`` rejects them with region FR. We retry the overseas regions (see `parse`).

Checked against ``phonenumbers`` 9.0.x metadata. Plain Python, no Qt: the UI, the importer and the
command line all call it. ``parse`` never raises on bad input; errors are stable `PhoneError` codes
plus a French message.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType
from phonenumbers import ValidationResult as _Possible
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

__all__ = [
    "FRENCH_PLAN_REGIONS",
    "SMS_TYPES",
    "InvalidNumber",
    "NumberType",
    "PhoneError",
    "PhoneNumber",
    "display",
    "error_message",
    "french_mobile_e164",
    "is_valid_region",
    "normalize",
    "parse",
]


# StrEnum is a str and an Enum (members compare equal to their values, f"{x}" gives the value);
# the project's ruff rules (UP042) ask for it instead of `(str, Enum)`.
class NumberType(StrEnum):
    """What kind of line a number is; only `SMS_TYPES` can receive an SMS."""

    MOBILE = "mobile"
    FIXED_LINE = "fixed_line"
    FIXED_LINE_OR_MOBILE = "fixed_line_or_mobile"
    VOIP = "voip"
    TOLL_FREE = "toll_free"
    PREMIUM_RATE = "premium_rate"
    SHARED_COST = "shared_cost"
    UAN = "uan"
    PAGER = "pager"
    PERSONAL = "personal"
    VOICEMAIL = "voicemail"
    UNKNOWN = "unknown"


class PhoneError(StrEnum):
    """Why a number cannot receive an SMS: stable codes the UI and the importer can count."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID = "invalid"
    INVALID_COUNTRY_CODE = "invalid_country_code"
    NOT_MOBILE = "not_mobile"


# FIXED_LINE_OR_MOBILE is accepted: in the North American plan (US, Canada...) fixed and mobile
# numbers share the same ranges, so phonenumbers cannot tell them apart. Refusing them would
# refuse every US mobile; a landline there simply never gets the SMS. French 06/07 numbers are
# always reported as MOBILE, never FIXED_LINE_OR_MOBILE.
SMS_TYPES: frozenset[NumberType] = frozenset({NumberType.MOBILE, NumberType.FIXED_LINE_OR_MOBILE})

_TYPE_FROM_LIB: dict[int, NumberType] = {
    PhoneNumberType.MOBILE: NumberType.MOBILE,
    PhoneNumberType.FIXED_LINE: NumberType.FIXED_LINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE: NumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.VOIP: NumberType.VOIP,
    PhoneNumberType.TOLL_FREE: NumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE: NumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST: NumberType.SHARED_COST,
    PhoneNumberType.UAN: NumberType.UAN,
    PhoneNumberType.PAGER: NumberType.PAGER,
    PhoneNumberType.PERSONAL_NUMBER: NumberType.PERSONAL,
    PhoneNumberType.VOICEMAIL: NumberType.VOICEMAIL,
    PhoneNumberType.UNKNOWN: NumberType.UNKNOWN,
}

# --------------------------------------------------------------------------- French messages

_MESSAGES: dict[PhoneError, str] = {
    PhoneError.EMPTY: "Numéro vide",
    PhoneError.NOT_A_NUMBER: "Ce n'est pas un numéro de téléphone",
    PhoneError.TOO_SHORT: "Numéro trop court",
    PhoneError.TOO_LONG: "Numéro trop long",
    PhoneError.INVALID: "Numéro invalide : aucun numéro de ce type n'existe",
    PhoneError.INVALID_COUNTRY_CODE: "Indicatif de pays inconnu",
}

_NOT_MOBILE_TAIL = "les SMS ne peuvent être envoyés qu'à des mobiles"

# How each non-mobile type is named in the refusal ("Ce numéro est <name> : ...").
_TYPE_NAMES: dict[NumberType, str] = {
    NumberType.FIXED_LINE: "une ligne fixe",
    NumberType.VOIP: "un numéro VoIP",
    NumberType.TOLL_FREE: "un numéro gratuit",
    NumberType.PREMIUM_RATE: "un numéro surtaxé",
    NumberType.SHARED_COST: "un numéro de service à coût partagé",
    NumberType.UAN: "un numéro de service (accès universel)",
    NumberType.PAGER: "un numéro de radiomessagerie (bipeur)",
    NumberType.PERSONAL: "un numéro personnel (renvoi d'appel)",
    NumberType.VOICEMAIL: "un numéro de messagerie vocale",
}

# The French prefix is named only for French numbers: "(09)" would be wrong for a UK VoIP number.
_FRENCH_PREFIX_HINTS: dict[NumberType, str] = {
    NumberType.VOIP: " (09)",
    NumberType.TOLL_FREE: " (0800)",
}


@lru_cache(maxsize=256)
def error_message(
    code: PhoneError, number_type: NumberType | None = None, region: str | None = "FR"
) -> str:
    """French text for an error code, shown to the clerk next to the number.

    For `PhoneError.NOT_MOBILE` the message names the kind of line (ligne fixe, numéro VoIP...)
    because "not a mobile" alone does not tell the clerk what is wrong with the customer record.
    ``region`` is the region of the refused number: the French prefix ("(09)", "(0800)") is only
    added for French numbers.
    """
    code = PhoneError(code)
    if code is not PhoneError.NOT_MOBILE:
        return _MESSAGES[code]
    name = _TYPE_NAMES.get(NumberType(number_type)) if number_type is not None else None
    if name is None:
        return f"Ce numéro n'est pas un mobile : {_NOT_MOBILE_TAIL}"
    if region == "FR":
        name += _FRENCH_PREFIX_HINTS.get(NumberType(number_type), "")
    return f"Ce numéro est {name} : {_NOT_MOBILE_TAIL}"


# --------------------------------------------------------------------------- result types


@dataclass(frozen=True)
class PhoneNumber:
    """The outcome of `parse`: what was typed, what was understood, and whether an SMS can go.

    ``valid`` means "can receive an SMS" (a real number AND a mobile). ``e164``, ``display``,
    ``type`` and ``region`` are filled whenever the number exists in its numbering plan, even if it
    is refused (a landline), so the clerk sees what was understood; they are None when the number
    does not exist. ``error``/``message`` are None exactly when ``valid`` is True.
    """

    input: str
    valid: bool
    e164: str | None = None
    display: str | None = None
    type: NumberType | None = None
    region: str | None = None
    error: PhoneError | None = None
    message: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain dict for logs, exports and the command line (``error`` is the French text)."""
        return {
            "input": self.input,
            "valid": self.valid,
            "e164": self.e164,
            "display": self.display,
            "type": self.type.value if self.type is not None else None,
            "error": self.message,
        }


class InvalidNumber(ValueError):
    """Raised by `normalize`; ``str()`` is the French reason, ``.number`` the full result."""

    def __init__(self, number: PhoneNumber) -> None:
        super().__init__(number.message)
        self.number = number


# --------------------------------------------------------------------------- parsing

# Regions whose clerks dial with the French national plan (0 + 9 digits). The overseas ones have
# their own country code, so a national number invalid in the default region is retried in the
# others, mainland first. MF and BL share +590 with GP and are covered by the GP retry
# (phonenumbers validates a +590 number against GP, MF and BL together).
FRENCH_PLAN_REGIONS: tuple[str, ...] = ("FR", "GP", "MQ", "GF", "RE", "YT", "PM")
_FRENCH_DEFAULT_REGIONS: frozenset[str] = frozenset((*FRENCH_PLAN_REGIONS, "MF", "BL"))
_FRENCH_PLAN_CODES: frozenset[int] = frozenset(
    phonenumbers.country_code_for_region(r) for r in _FRENCH_DEFAULT_REGIONS
)

_SPACES = re.compile(r"\s+")  # Unicode-aware: tabs, NBSP (U+00A0), narrow NBSP (U+202F)...
# A leading label copied from a signature or a customer card: "Tél : 06...", "Portable. 06...".
# Only these exact words are dropped; any other letter makes the input "not a number".
_LABEL = re.compile(r"^(?:t[ée]l(?:[ée]phone)?|portable|mobile|gsm)\s*\.?\s*:?\s*", re.IGNORECASE)
# What may remain around the digits: separators clerks use, and + for the international prefix.
_ALLOWED = re.compile(r"[0-9 .\-/()+]+")
_DIGIT = re.compile(r"[0-9]")

_PARSE_ERRORS: dict[int, PhoneError] = {
    NumberParseException.INVALID_COUNTRY_CODE: PhoneError.INVALID_COUNTRY_CODE,
    NumberParseException.NOT_A_NUMBER: PhoneError.NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_AFTER_IDD: PhoneError.TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: PhoneError.TOO_SHORT,
    NumberParseException.TOO_LONG: PhoneError.TOO_LONG,
}
_POSSIBLE_ERRORS: dict[int, PhoneError] = {
    _Possible.TOO_SHORT: PhoneError.TOO_SHORT,
    _Possible.TOO_LONG: PhoneError.TOO_LONG,
    _Possible.INVALID_COUNTRY_CODE: PhoneError.INVALID_COUNTRY_CODE,
}


def _clean(text: str) -> str | PhoneError:
    """Collapse whitespace, drop a "Tél :" label, refuse letters and other garbage."""
    cleaned = _SPACES.sub(" ", text).strip()
    if not cleaned:
        return PhoneError.EMPTY
    if cleaned[0].isalpha():
        cleaned = _LABEL.sub("", unicodedata.normalize("NFC", cleaned), count=1)
    if not _ALLOWED.fullmatch(cleaned) or not _DIGIT.search(cleaned):
        return PhoneError.NOT_A_NUMBER
    return cleaned


def _is_national(cleaned: str) -> bool:
    """True if typed without an international prefix (+ or 00), i.e. dialled the national way."""
    digits_start = cleaned.lstrip(" (")
    return not digits_start.startswith(("+", "00"))


# Fast path for the bulk of an import (default region FR, "06 12 34 56 78", "+33612345678"):
# the national significant number is read directly instead of running phonenumbers.parse
# (~18 µs), then typed with the FR metadata's own patterns (`_french_type`). Anything this
# pattern does not cover, or that has no type in FR, goes through phonenumbers.parse, so errors
# and overseas retries are unchanged.
_FRENCH_COMPACT = re.compile(r"(?:0|\+33|0033)([1-9][0-9]{8})")
_SEPARATORS = str.maketrans("", "", " .-")
_FRENCH_NATIONAL_DIGITS = re.compile(r"0[1-9][0-9]*")

_Found = tuple[phonenumbers.PhoneNumber, NumberType]


def _typed(number: phonenumbers.PhoneNumber) -> NumberType:
    # number_type() is UNKNOWN exactly when is_valid_number() is False (same metadata lookup),
    # so one call answers both questions.
    return _TYPE_FROM_LIB.get(phonenumbers.number_type(number), NumberType.UNKNOWN)


def _desc_patterns(*descs: Any) -> list[re.Pattern[str]]:
    return [
        re.compile(d.national_number_pattern)
        for d in descs
        if d is not None and d.national_number_pattern
    ]


# Mainland French mobiles answered from phonenumbers' own FR metadata, compiled once: a number
# that matches the mobile pattern and none of the other types' patterns is what
# phonenumbers.number_type() would call MOBILE, for a tenth of its cost (it recompiles and
# tries every type in turn). Anything else takes the general path below.
_FR_META = phonenumbers.PhoneMetadata.metadata_for_region("FR")
_FR_MOBILE = _desc_patterns(_FR_META.mobile)[0] if _FR_META and _FR_META.mobile else None
_FR_OTHER_TYPES = (
    _desc_patterns(
        _FR_META.premium_rate,
        _FR_META.toll_free,
        _FR_META.shared_cost,
        _FR_META.voip,
        _FR_META.personal_number,
        _FR_META.pager,
        _FR_META.uan,
        _FR_META.voicemail,
        _FR_META.fixed_line,
    )
    if _FR_META
    else []
)
# One alternation instead of nine calls: the check runs for every row of an import.
_FR_NOT_MOBILE = (
    re.compile("|".join(f"(?:{p.pattern})" for p in _FR_OTHER_TYPES)) if _FR_OTHER_TYPES else None
)


# The whole test for the usual shapes of a mainland mobile ("06 12 34 56 78", "06.12.34.56.78",
# "0612345678", "+33 6 12 34 56 78", "+33612345678", "0033..."), applied to the text with its
# spaces, dots and dashes removed: ASCII digits only, the FR mobile pattern and none of the other
# types' patterns, all from phonenumbers' metadata. Every text it accepts gets, through the general
# path, the same compact form and so exactly the same E.164 (checked by tests/test_phone.py).
_FR_MOBILE_COMPACT = (
    re.compile(
        r"(?:0|\+33|0033)(?=[67][0-9]{8}\Z)"
        + (f"(?!(?:{_FR_NOT_MOBILE.pattern})\\Z)" if _FR_NOT_MOBILE is not None else "")
        + f"((?:{_FR_MOBILE.pattern}))"
    )
    if _FR_MOBILE is not None
    else None
)


def french_mobile_e164(text: str) -> str | None:
    """The E.164 of a mainland French mobile typed in a usual shape, else None.

    About ten times cheaper than `parse` (one translate, one regex, no result object): an import
    of 100,000 customers calls it for every row and only falls back to `parse` when it says None.
    None means "ask `parse`", never "invalid". Same answer as ``parse(text, "FR").e164`` for an
    accepted number.
    """
    if _FR_MOBILE_COMPACT is None or type(text) is not str:
        return None
    # the same as text.translate(_SEPARATORS), in half the time
    match = _FR_MOBILE_COMPACT.fullmatch(text.replace(" ", "").replace(".", "").replace("-", ""))
    return None if match is None else "+33" + match[1]


def _fast_french_mobile(text: str, nsn: str) -> PhoneNumber | None:
    """The accepted result for a mainland mobile, without phonenumbers' generic machinery."""
    if _FR_MOBILE is None or not _FR_MOBILE.fullmatch(nsn):
        return None
    if _FR_NOT_MOBILE is not None and _FR_NOT_MOBILE.fullmatch(nsn):
        return None
    e164 = "+33" + nsn
    shown = _french_mobile_display(e164)
    if shown is None:
        return None
    return PhoneNumber(text, True, e164, shown, NumberType.MOBILE, "FR")


_DescTest = tuple[re.Pattern[str] | None, frozenset[int]] | None


def _desc_test(desc: Any) -> _DescTest:
    if desc is None:
        return None
    pattern = desc.national_number_pattern
    return (re.compile(pattern) if pattern else None, frozenset(desc.possible_length or ()))


def _matches(test: _DescTest, nsn: str) -> bool:
    """phonenumbers' _is_number_matching_desc, with the pattern compiled once."""
    if test is None:
        return False
    pattern, lengths = test
    if lengths and len(nsn) not in lengths:
        return False
    return pattern is not None and pattern.fullmatch(nsn) is not None


# phonenumbers.number_type() for +33 numbers, from the same FR metadata compiled once and tried in
# phonenumbers' own order (_number_type_helper): the library looks every pattern up again at each
# call (~9 µs), which an import full of landlines pays thousands of times.
_FR_GENERAL = _desc_test(_FR_META.general_desc) if _FR_META else None
_FR_SPECIAL_TYPES: tuple[tuple[_DescTest, NumberType], ...] = (
    tuple(
        (test, kind)
        for test, kind in (
            (_desc_test(_FR_META.premium_rate), NumberType.PREMIUM_RATE),
            (_desc_test(_FR_META.toll_free), NumberType.TOLL_FREE),
            (_desc_test(_FR_META.shared_cost), NumberType.SHARED_COST),
            (_desc_test(_FR_META.voip), NumberType.VOIP),
            (_desc_test(_FR_META.personal_number), NumberType.PERSONAL),
            (_desc_test(_FR_META.pager), NumberType.PAGER),
            (_desc_test(_FR_META.uan), NumberType.UAN),
            (_desc_test(_FR_META.voicemail), NumberType.VOICEMAIL),
        )
        if test is not None
    )
    if _FR_META
    else ()
)
_FR_FIXED = _desc_test(_FR_META.fixed_line) if _FR_META else None
_FR_MOBILE_DESC = _desc_test(_FR_META.mobile) if _FR_META else None
_FR_SAME_FIXED_AND_MOBILE = bool(_FR_META and _FR_META.same_mobile_and_fixed_line_pattern)


def _desc_regex(test: _DescTest) -> str | None:
    """`_matches` as a regular expression to fullmatch (None: it never matches)."""
    if test is None or test[0] is None:
        return None
    pattern, lengths = test
    if not lengths:
        return f"(?:{pattern.pattern})"
    sizes = "|".join(f"[0-9]{{{n}}}" for n in sorted(lengths))
    return f"(?=(?:{sizes})\\Z)(?:{pattern.pattern})"


def _one_type_regex() -> tuple[re.Pattern[str], dict[str, NumberType]] | None:
    """`_french_type_in_turn` as one alternation: the branch that matches names the type.

    The branches keep phonenumbers' order (the first type whose pattern takes the whole number
    wins, as in the library), so one regex call replaces eight. None when a metadata pattern has
    groups of its own (the branch's name would no longer tell which type matched).
    """
    general = _desc_regex(_FR_GENERAL)
    tests = [test for test, _ in _FR_SPECIAL_TYPES] + [_FR_GENERAL, _FR_FIXED, _FR_MOBILE_DESC]
    if general is None or any(t is not None and t[0] is not None and t[0].groups for t in tests):
        return None
    branches = [(_desc_regex(test), kind) for test, kind in _FR_SPECIAL_TYPES]
    fixed, mobile = _desc_regex(_FR_FIXED), _desc_regex(_FR_MOBILE_DESC)
    if fixed is not None and _FR_SAME_FIXED_AND_MOBILE:
        branches.append((fixed, NumberType.FIXED_LINE_OR_MOBILE))
    elif fixed is not None:
        if mobile is not None:
            branches.append((f"(?=(?:{fixed})\\Z){mobile}", NumberType.FIXED_LINE_OR_MOBILE))
        branches.append((fixed, NumberType.FIXED_LINE))
    if mobile is not None and not _FR_SAME_FIXED_AND_MOBILE:
        branches.append((mobile, NumberType.MOBILE))
    kinds: dict[str, NumberType] = {}
    alternatives = []
    for i, (branch, kind) in enumerate(b for b in branches if b[0] is not None):
        kinds[f"t{i}"] = kind
        alternatives.append(f"(?P<t{i}>{branch})")
    if not alternatives:  # pragma: no cover
        return None
    return re.compile(f"(?=(?:{general})\\Z)(?:{'|'.join(alternatives)})"), kinds


_FR_ONE_TYPE = _one_type_regex() if _FR_META else None


def _french_type(nsn: str) -> NumberType:
    """What phonenumbers.number_type() says of +33 followed by ``nsn`` (ASCII digits)."""
    if _FR_ONE_TYPE is None:  # pragma: no cover - not with the shipped metadata
        return _french_type_in_turn(nsn)
    match = _FR_ONE_TYPE[0].fullmatch(nsn)
    return NumberType.UNKNOWN if match is None else _FR_ONE_TYPE[1][match.lastgroup or ""]


def _french_type_in_turn(nsn: str) -> NumberType:
    """`_french_type` one metadata pattern after the other, as phonenumbers walks them."""
    if _FR_META is None:  # pragma: no cover - phonenumbers always ships FR
        number = phonenumbers.PhoneNumber(country_code=33, national_number=int(nsn))
        return _typed(number)
    if not _matches(_FR_GENERAL, nsn):
        return NumberType.UNKNOWN
    for test, kind in _FR_SPECIAL_TYPES:
        if _matches(test, nsn):
            return kind
    if _matches(_FR_FIXED, nsn):
        if _FR_SAME_FIXED_AND_MOBILE or _matches(_FR_MOBILE_DESC, nsn):
            return NumberType.FIXED_LINE_OR_MOBILE
        return NumberType.FIXED_LINE
    if not _FR_SAME_FIXED_AND_MOBILE and _matches(_FR_MOBILE_DESC, nsn):
        return NumberType.MOBILE
    return NumberType.UNKNOWN


def _attempt(cleaned: str, region: str) -> _Found | PhoneError:
    """One phonenumbers parse: the number and its type if it exists, else the reason."""
    try:
        number = phonenumbers.parse(cleaned, region)
    except NumberParseException as exc:
        error = _PARSE_ERRORS.get(exc.error_type, PhoneError.INVALID)
        if error is PhoneError.NOT_A_NUMBER:
            # Only separators and digits got here, so phonenumbers found too few digits
            # ("0", "+33", "1-2").
            error = PhoneError.TOO_SHORT
        return error
    number_type = _typed(number)
    if number_type is not NumberType.UNKNOWN:
        return number, number_type
    reason = phonenumbers.is_possible_number_with_reason(number)
    if (
        reason in (_Possible.IS_POSSIBLE, _Possible.IS_POSSIBLE_LOCAL_ONLY)
        and number.italian_leading_zero
        and (number.number_of_leading_zeros or 1) == 1
        and number.country_code in _FRENCH_PLAN_CODES
    ):
        # "06 12 34 56 7": phonenumbers keeps the trunk 0 when the rest is too short, making
        # "061234567" look like a 9-digit number of the right length. Judge it without the 0.
        reason = phonenumbers.is_possible_number_with_reason(
            phonenumbers.PhoneNumber(
                country_code=number.country_code, national_number=number.national_number
            )
        )
    return _POSSIBLE_ERRORS.get(reason, PhoneError.INVALID)


def _plan_tests(region: str) -> tuple[_DescTest, ...] | None:
    """The general patterns a national number retried in ``region`` must match to exist there.

    phonenumbers reads "0" + digits dialled in ``region`` as its country code + the digits after
    the 0 (every French-plan region strips a national prefix "0" and nothing else), then finds
    the number's region among all those sharing that code (+262: RE and YT; +590: GP, BL, MF),
    and a number that matches none of their general patterns has no type. None: no shortcut.
    """
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if (
        meta is None
        or meta.national_prefix_for_parsing != "0"
        or meta.national_prefix_transform_rule
    ):
        return None  # pragma: no cover - not the case in the shipped metadata
    tests = []
    for other in COUNTRY_CODE_TO_REGION_CODE.get(meta.country_code, ()):
        other_meta = phonenumbers.PhoneMetadata.metadata_for_region(other)
        if other_meta is None:  # pragma: no cover
            return None
        tests.append(_desc_test(other_meta.general_desc))
    return tuple(tests) or None


_RETRY_TESTS: dict[str, tuple[_DescTest, ...] | None] = {
    r: _plan_tests(r) for r in FRENCH_PLAN_REGIONS
}
_NATIONAL_DIGITS_ONLY = re.compile(r"0[0-9]+")


def _could_exist_in(region: str, compact: str) -> bool:
    """False when the retry in ``region`` surely finds nothing (spares phonenumbers.parse)."""
    tests = _RETRY_TESTS.get(region)
    if tests is None or not _NATIONAL_DIGITS_ONLY.fullmatch(compact):
        return True
    nsn = compact[1:]
    return any(_matches(test, nsn) for test in tests)


def _retry_french_plan(cleaned: str, region: str) -> _Found | None:
    """The overseas retry: the first other French-plan region where the number exists.

    For a national number invalid in the default region, at most one region accepts it
    (checked with phonenumbers 9.0.43 on 20 000 random national numbers), so "first" is "only".
    A landline found this way ("0590 12 34 56", Guadeloupe) is returned too, to be refused as
    such rather than as an invalid number.
    """
    compact = cleaned.translate(_SEPARATORS)
    for other in FRENCH_PLAN_REGIONS:
        if other != region and _could_exist_in(other, compact):
            found = _attempt(cleaned, other)
            if not isinstance(found, PhoneError):
                return found
    return None


def _refused(text: str, error: PhoneError) -> PhoneNumber:
    return PhoneNumber(input=text, valid=False, error=error, message=error_message(error))


def parse(text: str, region: str = "FR") -> PhoneNumber:
    """Understand a number as a clerk typed it; never raises on bad input.

    Full-width digits and other compatibility forms (« ０６ １２… », typed with a Japanese or
    Chinese input method, or pasted from such a document) are read as their plain forms
    (Unicode NFKC); `input` keeps what was typed.

    ``region`` is the default country for numbers typed without an international prefix (the
    "region" setting; ISO 3166 code, case-insensitive). Accepted shapes: spaces, dots, dashes,
    slashes and brackets as separators; "+33", "0033", "+33 (0)6..."; whitespace around the
    number including non-breaking spaces; a leading "Tél :"/"Portable :"/"Mobile :" label. Any
    other letter gives `PhoneError.NOT_A_NUMBER` (extensions such as "poste 12" are refused).
    An int (a spreadsheet cell read as a number, 612345678) is read as its digits.

    Numbers written with the country code but no "+" ("33612345678", as old exports write them)
    are read as international when the national reading is invalid and the international one is
    valid; this is phonenumbers' own rule for the default region's country code.

    French overseas numbers dialled nationally ("0690 00 12 34"): when the default region is
    FR or an overseas region (GP, MQ, GF, RE, YT, PM, MF, BL) and the number is invalid there,
    the other French-plan regions (FR, GP, MQ, GF, RE, YT, PM) are tried in turn and the first
    where the number exists wins. "+33 6 90 00 12 34", typed explicitly with +33, stays invalid:
    that number does not exist and no SMS would arrive (the retry is skipped for international
    input, which the default region does not affect anyway).

    Cost: with region FR, no phonenumbers call at all for "0X XX XX XX XX" / "+33..." that
    exist (one regex for a usual mobile, ~1 µs; the FR metadata's patterns, compiled once, for
    the other types), one phonenumbers.parse for other numbers; the overseas retries only run for
    numbers invalid in the default region, and only in regions whose patterns could hold them.
    """
    if text is None:
        return _refused("", PhoneError.EMPTY)
    if not isinstance(text, str):
        if isinstance(text, int) and not isinstance(text, bool):
            text = str(text)
        else:
            return _refused(str(text), PhoneError.NOT_A_NUMBER)
    region = region.strip().upper() if isinstance(region, str) else ""
    if not text.isascii():
        plain = unicodedata.normalize("NFKC", text)
        if plain != text:
            return dataclasses.replace(_parse(plain, region), input=text)
    return _parse(text, region)


def _parse(text: str, region: str) -> PhoneNumber:
    """`parse` once the text is a str in its plain Unicode form and the region upper-case."""
    found: _Found | PhoneError | None = None
    if region == "FR":
        e164 = french_mobile_e164(text)
        if e164 is not None:
            shown = _french_mobile_display(e164)
            return PhoneNumber(text, True, e164, shown, NumberType.MOBILE, "FR")
    cleaned = _clean(text)
    if isinstance(cleaned, PhoneError):
        return _refused(text, cleaned)
    if region == "FR":
        compact = cleaned.translate(_SEPARATORS)
        match = _FRENCH_COMPACT.fullmatch(compact)
        if match is not None:
            quick = _fast_french_mobile(text, match[1])
            if quick is not None:
                return quick
            kind = _french_type(match[1])
            if kind is not NumberType.UNKNOWN:
                return _french_understood(text, match[1], kind)
            found = _french_without_type(match[1])
        elif len(compact) not in (7, 10) and _FRENCH_NATIONAL_DIGITS.fullmatch(compact):
            # "06 12 34 56 7" / "06 12 34 56 78 9": dialled nationally, every number of the
            # French plan has ten digits (six after the 0 in Saint-Pierre-et-Miquelon); no parse
            # or overseas retry can change the verdict, which is what phonenumbers would say.
            too_short = len(compact) < 10
            return _refused(text, PhoneError.TOO_SHORT if too_short else PhoneError.TOO_LONG)
    if found is None:
        found = _attempt(cleaned, region or "ZZ")
    if (
        isinstance(found, PhoneError)
        and region in _FRENCH_DEFAULT_REGIONS
        and _is_national(cleaned)
    ):
        found = _retry_french_plan(cleaned, region) or found
    if isinstance(found, PhoneError):
        return _refused(text, found)
    if _truncated_for_saint_pierre(cleaned, region, found[0]):
        return _refused(text, PhoneError.TOO_SHORT)
    return _understood(text, *found)


_GROUPS = re.compile(r"[0-9]+")


def _truncated_for_saint_pierre(
    cleaned: str, region: str, number: phonenumbers.PhoneNumber
) -> bool:
    """True for a mainland number missing digits that phonenumbers reads as Saint-Pierre-et-
    Miquelon's: « 04 42 12 3 » is 0 + 6 digits, which the PM retry takes for +508 44 21 23.

    A Saint-Pierre-et-Miquelon number dialled the national way from elsewhere is only taken as
    such when written « 0XX XX XX » (its first pair after the 0); « 0X XX XX X » is how a mainland
    number is written, and seven digits in a row cannot be told apart: both are refused as too
    short (written +508 …, the number is accepted)."""
    national = _is_national(cleaned) and cleaned.lstrip(" (").startswith("0")
    if number.country_code != 508 or region == "PM" or not national:
        return False
    first = _GROUPS.search(cleaned)
    return first is None or len(first.group()) != 3


def _french_without_type(nsn: str) -> PhoneError:
    """What `_attempt` says of +33 followed by ``nsn`` when that number has no type in FR."""
    number = phonenumbers.PhoneNumber(country_code=33, national_number=int(nsn))
    return _POSSIBLE_ERRORS.get(
        phonenumbers.is_possible_number_with_reason(number), PhoneError.INVALID
    )


def _french_understood(text: str, nsn: str, kind: NumberType) -> PhoneNumber:
    """`_understood` for +33 followed by ``nsn``, a number that exists: no phonenumbers call.

    +33 belongs to FR alone, E.164 is "+33" + the digits and `_french_display` gives the library's
    international form, so the result is the same (checked by tests/test_phone.py).
    """
    e164 = "+33" + nsn
    shown = _french_display(e164) or display(e164)
    if kind in SMS_TYPES:
        return PhoneNumber(text, True, e164, shown, kind, "FR")
    message = error_message(PhoneError.NOT_MOBILE, kind, "FR")
    return PhoneNumber(text, False, e164, shown, kind, "FR", PhoneError.NOT_MOBILE, message)


def _understood(text: str, number: phonenumbers.PhoneNumber, kind: NumberType) -> PhoneNumber:
    """Result for a number that exists: accepted if it can receive SMS, refused otherwise."""
    number_region = phonenumbers.region_code_for_number(number)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    shown = None if number.extension else _french_display(e164)
    if shown is None:
        shown = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if kind in SMS_TYPES:
        return PhoneNumber(text, True, e164, shown, kind, number_region)
    return PhoneNumber(
        text,
        False,
        e164,
        shown,
        kind,
        number_region,
        PhoneError.NOT_MOBILE,
        error_message(PhoneError.NOT_MOBILE, kind, number_region),
    )


def normalize(text: str, region: str = "FR") -> str:
    """E.164 of a number that can receive an SMS, for code paths that want an exception.

    Raises `InvalidNumber` (a ValueError whose text is the French reason) for anything `parse`
    refuses, including real landlines: the caller wants a number to send to.
    """
    result = parse(text, region)
    if not result.valid or result.e164 is None:
        raise InvalidNumber(result)
    return result.e164


def display(e164: str) -> str:
    """International display form of a stored E.164 number ("+33 6 12 34 56 78").

    Called for every row of a list (100 000 rows), hence a string-slicing fast path for French
    mobiles (+336 / +337, identical to phonenumbers' output) and a cache for the others. A value
    that is not a parsable E.164 is returned unchanged: display never fails on a bad stored row.
    """
    if not isinstance(e164, str):
        return ""
    return _french_display(e164) or _display_slow(e164)


def _french_mobile_display(e164: str) -> str | None:
    """Display form of a +336/+337 number by slicing; the same text phonenumbers gives."""
    if (
        len(e164) == 12
        and e164.startswith(("+336", "+337"))
        and e164.isascii()
        and e164[1:].isdigit()
    ):
        return f"+33 {e164[3]} {e164[4:6]} {e164[6:8]} {e164[8:10]} {e164[10:12]}"
    return None


def _french_display(e164: str) -> str | None:
    """Display form of any +33 number of nine digits by slicing; what phonenumbers gives.

    FR metadata's international formats: "8XX XX XX XX" for numbers starting with 8 (0800...),
    "X XX XX XX XX" for the others ([1-79]). Checked against phonenumbers by tests/test_phone.py.
    """
    mobile = _french_mobile_display(e164)
    if mobile is not None:
        return mobile
    if (
        len(e164) != 12
        or not e164.startswith("+33")
        or not e164.isascii()
        or not e164[1:].isdigit()
        or e164[3] == "0"
    ):
        return None
    if e164[3] == "8":
        return f"+33 {e164[3:6]} {e164[6:8]} {e164[8:10]} {e164[10:12]}"
    return f"+33 {e164[3]} {e164[4:6]} {e164[6:8]} {e164[8:10]} {e164[10:12]}"


@lru_cache(maxsize=8192)
def _display_slow(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def is_valid_region(code: str) -> bool:
    """Whether ``code`` can be the default-region setting (an upper-case ISO 3166 code that
    phonenumbers knows, e.g. "FR", "BE", "RE"). The setting must hold the canonical form, so
    lower case is refused here even though `parse` tolerates it."""
    return isinstance(code, str) and code in phonenumbers.SUPPORTED_REGIONS
