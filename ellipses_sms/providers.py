"""The configured SMS providers: list, add, edit, remove, default, test, balance.

The command line (`ellipses-sms provider …`) and the settings dialog both come here, so that
they apply the same checks: each type's fields (`FIELDS` of its gateway module) are validated
(required, URL shape, numbers, choices, sender name), the non-secret values go to the settings
file under `providers`, and the secret ones to the system keyring (`secrets`), never elsewhere.
"""

from __future__ import annotations

import copy
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ellipses_sms import secrets
from ellipses_sms.gateway import (
    PROVIDER_TYPES,
    SANDBOX,
    Balance,
    GatewayError,
    Gateways,
    numbers,
    provider_module,
)
from ellipses_sms.gateway.base import Field
from ellipses_sms.gateway.config import CREDIT_WARNING_KEY
from ellipses_sms.gateway.config import number as field_number
from ellipses_sms.pricing import estimated_cost
from ellipses_sms.reasons import Reason
from ellipses_sms.settings import Settings

SENDER_ALPHA_MAX = 11
SENDER_NUMERIC_MAX = 15
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")

TYPE_LABELS: dict[str, str] = {
    "sandbox": "Bac à sable (démonstration, aucun SMS réel)",
    "http": "HTTP générique (URL GET/POST)",
    "kannel": "Kannel (passerelle SMS libre)",
    "ovh": "OVHcloud SMS",
    "twilio": "Twilio",
    "vonage": "Vonage (Nexmo)",
    "infobip": "Infobip",
}


class ProviderError(ValueError):
    """A provider setting that cannot be accepted (French; lists every problem at once)."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(" ; ".join(self.problems))


@dataclass
class ProviderInfo:
    """One configured provider as the list shows it (secrets: stored or not, never the value)."""

    name: str
    type: str
    config: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, bool] = field(default_factory=dict)
    default: bool = False

    @property
    def label(self) -> str:
        return TYPE_LABELS.get(self.type, self.type)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "default": self.default,
            "config": self.config,
            "secrets": {k: ("enregistré" if v else "absent") for k, v in self.secrets.items()},
        }


# -- types and fields ----------------------------------------------------------------------------


def types() -> list[str]:
    """The provider types that can be added (those whose module is installed)."""
    found = []
    for type_ in PROVIDER_TYPES:
        if type_ == SANDBOX:
            continue
        try:
            module = provider_module(type_)
        except ImportError:
            continue
        if hasattr(module, "FIELDS") and hasattr(module, "build"):
            found.append(type_)
    return found


def fields(type_: str) -> list[Field]:
    if type_ not in types():
        raise ProviderError(
            f"type de fournisseur inconnu : « {type_} » (types : {', '.join(types())})"
        )
    return list(provider_module(type_).FIELDS)


# -- checks --------------------------------------------------------------------------------------


def check_sender(value: str) -> str | None:
    """What is wrong with a sender name or number (French), or None when it is fine."""
    value = (value or "").strip()
    if not value:
        return None
    compact = value.replace(" ", "")
    if re.fullmatch(r"\+?[0-9]+", compact):
        digits = compact.lstrip("+")
        if len(digits) > SENDER_NUMERIC_MAX:
            return Reason(
                "sender_digits_long", limit=SENDER_NUMERIC_MAX, value=value, count=len(digits)
            )
        return None
    bad = sorted({c for c in value if not (c.isascii() and c.isalnum())})
    if bad:
        shown = " ".join(f"« {c} »" if c != " " else "l'espace" for c in bad)
        return Reason("sender_characters", shown=shown, bad=len(bad), chars=tuple(bad))
    if len(value) > SENDER_ALPHA_MAX:
        return Reason("sender_alpha_long", limit=SENDER_ALPHA_MAX, value=value, count=len(value))
    return None


def _check_value(f: Field, value: str, type_: str) -> tuple[str, str | None]:
    """The cleaned value and the problem (French) if any."""
    value = value.strip()
    label = f"{f.label} ({f.key})"
    if not value:
        return value, None
    if f.kind == "url":
        probe = value
        if type_ == "http":  # a template: the placeholders are filled at send time
            probe = re.sub(r"\{\w+\}", "x", value)
        parts = urllib.parse.urlsplit(probe)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return value, f"{label} : adresse invalide « {value} » (http://… ou https://…)"
        try:
            _ = parts.port
        except ValueError:
            return value, f"{label} : port invalide dans « {value} »"
    elif f.kind == "int":
        try:
            number = int(value)
        except ValueError:
            return value, f"{label} : « {value} » n'est pas un nombre entier"
        low = 1 if f.key == "recipients_per_request" else 0
        high = 65535 if f.key.endswith("port") else 10_000
        if not low <= number <= high:
            return value, f"{label} : doit être entre {low} et {high}"
        value = str(number)
    elif f.kind == "float":
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            return value, f"{label} : « {value} » n'est pas un nombre"
        if number < 0:
            return value, f"{label} : ne peut pas être négatif"
        if f.key == "timeout" and number == 0:
            return value, f"{label} : doit être supérieur à 0"
        value = f"{number:g}"
    elif f.kind == "choice":
        lowered = {c.lower(): c for c in f.choices}
        if value.lower() not in lowered:
            return value, f"{label} : « {value} » (choix : {', '.join(f.choices)})"
        value = lowered[value.lower()]
    elif f.kind == "sender":
        problem = check_sender(value)
        if problem:
            return value, problem
    elif f.kind == "host":
        if any(c in value for c in " /?#@") or value in ("0.0.0.0", "::"):
            return value, f"{label} : adresse d'écoute invalide « {value} » (ex. 127.0.0.1)"
    elif f.kind == "regex":
        try:
            re.compile(value)
        except re.error as exc:
            return value, f"{label} : motif invalide ({exc})"
    if f.key == "success_status":
        from ellipses_sms.gateway.http import parse_status_ranges

        try:
            parse_status_ranges(value)
        except ValueError as exc:
            return value, f"{label} : {exc}"
    return value, None


def validate(
    type_: str,
    values: Mapping[str, str],
    secret_values: Mapping[str, str] | None = None,
    stored_secrets: set[str] | frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Check a provider's settings; returns the cleaned non-secret values.

    Raises ProviderError with every problem (unknown key, secret given as a plain setting,
    missing required field, bad URL, number, choice or sender).
    """
    declared = {f.key: f for f in fields(type_)}
    secret_values = dict(secret_values or {})
    problems: list[str] = []
    keys = ", ".join(k for k, f in declared.items() if not f.secret)
    for key in values:
        if key not in declared:
            problems.append(f"clé inconnue « {key} » pour le type {type_} (clés : {keys})")
        elif declared[key].secret:
            problems.append(f"« {key} » est un secret : donnez-le avec --secret {key}=…")
    for key in secret_values:
        if key not in declared or not declared[key].secret:
            secret_keys = [k for k, f in declared.items() if f.secret] or ["aucun"]
            problems.append(
                f"« {key} » n'est pas un secret du type {type_} (secrets : "
                f"{', '.join(secret_keys)})"
            )
    cleaned: dict[str, str] = {}
    for key, f in declared.items():
        if f.secret:
            if f.required and not secret_values.get(key) and key not in stored_secrets:
                problems.append(f"{f.label} ({key}) : obligatoire (--secret {key}=…)")
            continue
        raw = values.get(key)
        value = str(raw if raw is not None else f.default)
        value, problem = _check_value(f, value, type_)
        if problem:
            problems.append(problem)
        elif f.required and not value:
            problems.append(f"{f.label} ({key}) : obligatoire")
        if value:
            cleaned[key] = value
    check_config = getattr(provider_module(type_), "check_config", None)
    if check_config is not None and not problems:  # rules between fields, once each is fine
        problems.extend(check_config(cleaned))
    if not problems and any(f.key == numbers.COUNTRIES_KEY for f in fields(type_)):
        problems.extend(numbers.check_config(cleaned))
    if problems:
        raise ProviderError(problems)
    return cleaned


def check_name(name: str) -> None:
    if name == SANDBOX:
        raise ProviderError("« sandbox » est le bac à sable intégré : choisissez un autre nom")
    if not _NAME.match(name or ""):
        raise ProviderError(
            f"nom de fournisseur invalide « {name} » : lettres sans accent, chiffres, - _ . "
            "(40 au plus, sans espace)"
        )


# -- the table in the settings ---------------------------------------------------------------------


def _table(settings: Settings) -> dict[str, dict[str, Any]]:
    table = settings.raw("providers", {}) or {}
    return copy.deepcopy(table) if isinstance(table, dict) else {}


def _secret_keys(type_: str) -> list[str]:
    try:
        return [f.key for f in fields(type_) if f.secret]
    except ProviderError:
        return []


def _stored(name: str, type_: str) -> dict[str, bool]:
    return {key: secrets.has_secret(name, key) for key in _secret_keys(type_)}


def list_providers(settings: Settings) -> list[ProviderInfo]:
    """The sandbox, then the configured providers by name."""
    default = settings.get("default_provider") or SANDBOX
    table = _table(settings)
    # a default that no longer exists is shown as none, not as the sandbox (`missing_default`)
    found = [ProviderInfo(SANDBOX, SANDBOX, {}, {}, default == SANDBOX)]
    for name in sorted(table):
        if name == SANDBOX or not isinstance(table[name], dict):
            continue
        config = {k: str(v) for k, v in table[name].items() if k != "type"}
        type_ = str(table[name].get("type", ""))
        found.append(ProviderInfo(name, type_, config, _stored(name, type_), name == default))
    return found


def get(settings: Settings, name: str) -> ProviderInfo:
    for info in list_providers(settings):
        if info.name == name:
            return info
    raise ProviderError(f"fournisseur inconnu : « {name} »")


def save(
    settings: Settings,
    name: str,
    type_: str,
    values: Mapping[str, str],
    secret_values: Mapping[str, str] | None = None,
    *,
    new: bool,
    gateways: Gateways | None = None,
) -> ProviderInfo:
    """Add (`new`) or replace a provider's settings, after checking everything.

    Secrets are kept first (a keyring that refuses leaves the settings untouched); an empty
    secret value leaves the stored one as it is.
    """
    check_name(name)
    table = _table(settings)
    if new and name in table:
        raise ProviderError(f"un fournisseur « {name} » existe déjà (modifiez-le ou supprimez-le)")
    if not new and name not in table:
        raise ProviderError(f"fournisseur inconnu : « {name} »")
    given = {k: v for k, v in (secret_values or {}).items() if v}
    stored = set() if new else {k for k, ok in _stored(name, type_).items() if ok}
    cleaned = validate(type_, values, given, stored)
    for key, value in given.items():
        secrets.set_secret(name, key, value)
    if not new and table[name].get("type") != type_:
        for key in _secret_keys(str(table[name].get("type", ""))):
            if key not in _secret_keys(type_):
                secrets.delete_secret(name, key)
    table[name] = {"type": type_, **cleaned}
    settings.set("providers", table)
    settings.save()
    if gateways is not None:
        gateways.forget(name)
    return get(settings, name)


def add(
    settings: Settings, name: str, type_: str, values, secret_values=None, **kw
) -> ProviderInfo:
    return save(settings, name, type_, values, secret_values, new=True, **kw)


def edit(
    settings: Settings,
    name: str,
    values: Mapping[str, str],
    secret_values: Mapping[str, str] | None = None,
    *,
    merge: bool = True,
    gateways: Gateways | None = None,
) -> ProviderInfo:
    """Change some settings of a provider (`merge`: the others are kept)."""
    if name == SANDBOX:
        raise ProviderError("le bac à sable se règle dans les réglages généraux")
    current = get(settings, name)
    merged = {**current.config, **values} if merge else dict(values)
    return save(settings, name, current.type, merged, secret_values, new=False, gateways=gateways)


class DefaultProviderRemoval(ProviderError):
    """Removing the default provider without saying which one replaces it (French)."""


def remove(
    settings: Settings,
    name: str,
    *,
    gateways: Gateways | None = None,
    new_default: str | None = None,
) -> None:
    """Forget a provider, its secrets too.

    The default provider is only removed with `new_default` (another provider, or the sandbox
    named explicitly): making the sandbox the default without a word would let the next send
    « succeed » with no real SMS at all (issue 17). Raises `DefaultProviderRemoval` otherwise.
    """
    if name == SANDBOX:
        raise ProviderError("le bac à sable intégré ne peut pas être supprimé")
    table = _table(settings)
    if name not in table:
        raise ProviderError(f"fournisseur inconnu : « {name} »")
    is_default = settings.get("default_provider") == name
    if is_default:
        others = [n for n in sorted(table) if n not in (name, SANDBOX)]
        if new_default is None:
            choices = ", ".join(f"« {n} »" for n in [*others, SANDBOX])
            raise DefaultProviderRemoval(
                f"« {name} » est le fournisseur par défaut : choisissez d'abord celui qui le "
                f"remplace ({choices}) — « ellipses-sms provider default NOM », ou "
                f"« provider remove {name} --default NOM » ; le bac à sable n'envoie aucun "
                "SMS réel"
            )
        if new_default == name or (new_default != SANDBOX and new_default not in table):
            raise ProviderError(f"nouveau fournisseur par défaut inconnu : « {new_default} »")
    type_ = str(table[name].get("type", ""))
    del table[name]
    settings.set("providers", table)
    if is_default:
        settings.set("default_provider", new_default)
    settings.save()
    for key in _secret_keys(type_):
        secrets.delete_secret(name, key)
    if gateways is not None:
        gateways.forget(name)


def missing_default(settings: Settings) -> str | None:
    """Why the configured default provider cannot be used (it no longer exists), in French;
    None when it can. The send path must refuse then, never fall back to the sandbox."""
    default = settings.get("default_provider") or SANDBOX
    if default == SANDBOX or default in _table(settings):
        return None
    return (
        f"le fournisseur par défaut « {default} » n'existe plus : choisissez-en un autre "
        "(« ellipses-sms provider default NOM »)"
    )


def set_default(settings: Settings, name: str) -> None:
    if name != SANDBOX and name not in _table(settings):
        raise ProviderError(f"fournisseur inconnu : « {name} »")
    settings.set("default_provider", name)
    settings.save()


def set_failover(settings: Settings, name: str | None) -> None:
    """The provider that takes what a send's provider certainly never received; None: none."""
    if name == SANDBOX:
        raise ProviderError(
            "le bac à sable n'envoie aucun SMS réel : il ne peut pas servir de fournisseur de "
            "secours"
        )
    if name and name not in _table(settings):
        raise ProviderError(f"fournisseur inconnu : « {name} »")
    settings.set("failover_provider", name or "")
    settings.save()


# -- talking to the provider ---------------------------------------------------------------------


def test(gateways: Gateways, name: str) -> str:
    """Check the connection (nothing is sent); a French sentence, or GatewayError."""
    gateway = gateways.get(name)
    try:
        return gateway.check()
    except NotImplementedError:
        raise GatewayError(
            f"le fournisseur « {name} » ne permet pas de tester la connexion"
        ) from None


def balance(gateways: Gateways, name: str) -> Balance:
    """The credit left; GatewayError (French) when the provider does not tell."""
    gateway = gateways.get(name)
    if not gateway.has_balance:
        raise GatewayError(f"le fournisseur « {name} » n'indique pas le crédit restant")
    try:
        return gateway.balance()
    except NotImplementedError:
        raise GatewayError(f"le fournisseur « {name} » n'indique pas le crédit restant") from None


@dataclass(frozen=True)
class CreditCheck:
    """The provider's credit against what a send will use (`credit_check`)."""

    balance: Balance | None  # None: unknown (the provider does not tell, or did not answer)
    needed: float  # in the balance's unit: SMS parts, or an estimated amount of its currency
    enough: bool | None  # None: unknown
    warning: bool  # what remains after the send falls under the provider's alert threshold
    sentence: str  # French, for the window and the command line

    def to_json(self) -> dict[str, Any]:
        return {
            "balance": None
            if self.balance is None
            else {"amount": self.balance.amount, "unit": self.balance.unit},
            "needed": self.needed,
            "enough": self.enough,
            "warning": self.warning,
            "sentence": self.sentence,
        }


def credit_check(
    gateways: Gateways,
    name: str | None,
    parts: int,
    *,
    price_per_part: float,
    warn_below: float | None = None,
) -> CreditCheck:
    """Will the provider's credit cover `parts` SMS parts? Asked before sending.

    A credit counted in SMS is compared with the parts; a credit in a currency with the parts
    times `price_per_part` (the « prix estimé d'un SMS » setting: an estimate, said so).
    `warn_below` (else the provider's `credit_warning` setting) flags a send that would leave
    less than that. Never raises: an unknown credit is said as such (`enough` None), the send
    path decides.
    """
    gateway = gateways.get(name)
    label = gateway.name
    if not gateway.has_balance:
        return CreditCheck(
            None,
            float(parts),
            None,
            False,
            Reason("credit_unknown", provider=label),
        )
    try:
        amount = gateway.balance()
    except (GatewayError, NotImplementedError) as exc:
        return CreditCheck(
            None, float(parts), None, False, Reason("credit_error", provider=label, error=str(exc))
        )
    if warn_below is None:
        config = (_table(gateways.settings).get(gateway.name) or {}) if gateway.name else {}
        try:
            warn_below = field_number(config, CREDIT_WARNING_KEY, -1.0)
        except GatewayError:
            warn_below = -1.0
        warn_below = None if warn_below < 0 else warn_below
    in_sms = amount.unit == "SMS"
    needed = float(parts) if in_sms else estimated_cost(parts, price_per_part)
    need_text = balance_text(Balance(needed, amount.unit))
    left_text = balance_text(amount)
    estimate = "" if in_sms else " (estimé)"
    enough = amount.amount >= needed
    after = amount.amount - needed
    warning = enough and warn_below is not None and after < warn_below
    if not enough:
        sentence = (
            f"Crédit insuffisant chez « {label} » : {left_text} restants, {need_text} "
            f"nécessaires{estimate} pour {parts} SMS."
        )
    else:
        sentence = (
            f"Crédit suffisant chez « {label} » : {left_text} restants, {need_text} "
            f"nécessaires{estimate} pour {parts} SMS."
        )
        if warning:
            sentence += (
                f" Attention : il restera {balance_text(Balance(after, amount.unit))}, sous le "
                f"seuil d'alerte de {balance_text(Balance(warn_below or 0.0, amount.unit))}."
            )
    values = {
        "provider": label,
        "left": amount,
        "needed": Balance(needed, amount.unit),
        "parts": parts,
        "estimated": not in_sms,
        "enough": enough,
        "after": Balance(after, amount.unit) if warning else None,
        "threshold": Balance(warn_below or 0.0, amount.unit) if warning else None,
    }
    return CreditCheck(amount, needed, enough, warning, Reason.made("credit", sentence, values))


def balance_text(amount: Balance) -> str:
    value = f"{amount.amount:,.2f}".replace(",", " ").replace(".", ",")
    if amount.amount == int(amount.amount):
        value = f"{int(amount.amount):,}".replace(",", " ")
    unit = "SMS" if amount.unit == "SMS" else amount.unit
    return f"{value} {unit}"
