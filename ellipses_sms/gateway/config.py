"""Reading a provider's non-secret settings, the same way for every provider.

Why one path: `providers.validate` checks each value when it is saved, so a bad value here comes
from a settings file edited by hand or written by an older version. Each provider used to read
numbers its own way (one stopped, two fell back to their default without a word, which can
quietly change a rate limit or a time-out). Now an empty value means the default, and a bad one
stops with a French sentence naming the setting, before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ellipses_sms.gateway.base import Field, PermanentError
from ellipses_sms.reasons import Reason

YES = ("oui", "yes", "true", "1", "on", "vrai")
NO = ("non", "no", "false", "0", "off", "faux", "")


CREDIT_WARNING_KEY = "credit_warning"


def credit_fields() -> list[Field]:
    """The settings of a provider that tells its credit (`Gateway.has_balance`)."""
    return [
        Field(
            CREDIT_WARNING_KEY,
            "Seuil d'alerte du crédit (facultatif)",
            kind="float",
            help="Dans l'unité du crédit du fournisseur (SMS ou sa devise) : un envoi qui le "
            "ferait passer sous ce seuil est signalé avant de partir",
        )
    ]


def _text(config: Mapping[str, Any], key: str) -> str:
    value = config.get(key)
    return "" if value is None else str(value).strip()


def number(
    config: Mapping[str, Any], key: str, default: float, *, minimum: float | None = None
) -> float:
    """A decimal setting (« 2,5 » or « 2.5 »); empty: `default`; below `minimum`: refused."""
    text = _text(config, key)
    if not text:
        return default
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise PermanentError(Reason("gw_setting_number", key=key, text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise PermanentError(Reason("gw_setting_number", key=key, text=text))
    if minimum is not None and value < minimum:
        raise PermanentError(
            Reason("gw_setting_minimum", key=key, text=text, minimum=f"{minimum:g}")
        )
    return value


def integer(
    config: Mapping[str, Any], key: str, default: int, *, minimum: int | None = None
) -> int:
    """A whole-number setting; empty: `default`; a fraction or below `minimum`: refused."""
    text = _text(config, key)
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        raise PermanentError(Reason("gw_setting_integer", key=key, text=text)) from None
    if minimum is not None and value < minimum:
        raise PermanentError(Reason("gw_setting_minimum", key=key, text=text, minimum=minimum))
    return value


def flag(config: Mapping[str, Any], key: str, default: bool = False) -> bool:
    """A yes/no setting (oui/non, yes/no, true/false, 1/0); anything else is refused."""
    text = _text(config, key).lower()
    if not text:
        return default
    if text in YES:
        return True
    if text in NO:
        return False
    raise PermanentError(Reason("gw_setting_flag", key=key, text=text))


__all__ = ["CREDIT_WARNING_KEY", "credit_fields", "flag", "integer", "number"]
