"""A provider's own rule for the numbers it takes (uContact's « SMS RegExp »): the countries it
delivers to, or a pattern the number must match; checked before anything is sent.

Why: a provider contract often covers some countries only (a French reseller: France and the
overseas departments), and a number outside it is either refused after the request (at best)
or charged at an international rate. The clerk sees the reason before sending, in French.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers

from ellipses_sms.gateway.base import Field, PermanentError
from ellipses_sms.reasons import Reason

COUNTRIES_KEY = "allowed_countries"
PATTERN_KEY = "number_regex"


def number_rule_fields() -> list[Field]:
    """The settings of a provider's number rule (both optional)."""
    return [
        Field(
            COUNTRIES_KEY,
            "Pays acceptés (facultatif)",
            help="Codes ISO séparés par des virgules, ex. FR,GP,MQ,GF,RE,YT ; vide : tous. "
            "Un numéro d'un autre pays est refusé avant l'envoi",
        ),
        Field(
            PATTERN_KEY,
            "Motif des numéros acceptés (facultatif)",
            kind="regex",
            help="Une expression régulière que le numéro au format +33612345678 doit suivre "
            "entièrement, ex. \\+33[67]\\d{8}",
        ),
    ]


def parse_countries(value: str) -> tuple[str, ...]:
    """« fr, GP » → ("FR", "GP"); raises ValueError (French) for an unknown code."""
    codes = tuple(dict.fromkeys(c.strip().upper() for c in (value or "").split(",") if c.strip()))
    unknown = [c for c in codes if c not in phonenumbers.SUPPORTED_REGIONS]
    if unknown:
        code = "gw_countries_unknown" if len(unknown) > 1 else "gw_country_unknown"
        raise ValueError(Reason(code, codes=", ".join(unknown)))
    return codes


def check_config(values: Mapping[str, Any]) -> list[str]:
    """What is wrong in the number rule's settings (French), for `providers.validate`."""
    try:
        parse_countries(str(values.get(COUNTRIES_KEY) or ""))
    except ValueError as exc:
        return [Reason("gw_countries_setting", key=COUNTRIES_KEY, reason=exc.args[0])]
    return []


def _region(e164: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None


@dataclass(frozen=True, slots=True)
class NumberRule:
    """The countries a provider takes and/or the pattern its numbers follow."""

    provider: str
    countries: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None

    @classmethod
    def from_config(cls, provider: str, config: Mapping[str, Any]) -> NumberRule | None:
        """The rule of a provider's settings; None when it sets none. A bad value (a hand-
        edited settings file) stops with a French `PermanentError`."""
        countries_text = str(config.get(COUNTRIES_KEY) or "").strip()
        pattern_text = str(config.get(PATTERN_KEY) or "").strip()
        if not countries_text and not pattern_text:
            return None
        try:
            countries = parse_countries(countries_text)
        except ValueError as exc:
            raise PermanentError(
                Reason("gw_setting_invalid", key=COUNTRIES_KEY, reason=exc.args[0])
            ) from None
        pattern = None
        if pattern_text:
            try:
                pattern = re.compile(pattern_text)
            except re.error as exc:
                raise PermanentError(
                    Reason(
                        "gw_setting_pattern", key=PATTERN_KEY, pattern=pattern_text, detail=str(exc)
                    )
                ) from None
        return cls(provider, countries, pattern)

    def refusal(self, e164: str) -> str | None:
        """Why this provider does not take `e164` (French), or None."""
        if self.countries:
            region = _region(e164)
            if region not in self.countries:
                countries = ", ".join(self.countries)
                if not region:
                    return Reason(
                        "number_country_unknown", provider=self.provider, countries=countries
                    )
                return Reason(
                    "number_country", provider=self.provider, region=region, countries=countries
                )
        if self.pattern is not None and not self.pattern.fullmatch(e164):
            return Reason("number_pattern", provider=self.provider, pattern=self.pattern.pattern)
        return None


__all__ = ["NumberRule", "check_config", "number_rule_fields", "parse_countries"]
