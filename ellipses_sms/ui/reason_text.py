"""A service's reason (a refusal, the end of a send) in the window's language.

The services give `reasons.Reason` values: a French sentence with a code and values
(`ellipses_sms/reasons.py`); a reason read back from the store is found again from its French
(`reasons.parse`). Here each code has its sentence under the « Reasons » context of
`reasons_en.ts`, with Qt's ``%n`` plural where a count appears, and its values shown the
locale's way (numbers, dates and times). French is the source language: when no translation is
installed the service's own French is shown as it is, plural agreement included. A sentence
without a code (a provider's own words) goes through `i18n.service_text`, then stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ellipses_sms import reasons
from ellipses_sms.states import JobState
from ellipses_sms.ui.gateway_reason_text import GATEWAY_SOURCES
from ellipses_sms.ui.i18n import service_text

__all__ = ["PLURALS", "SOURCES", "labelled", "reason_text"]

CONTEXT = "Reasons"

# code → (the French with %1, %2…, the values that fill them in order).
SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "invalid_number": (QT_TRANSLATE_NOOP("Reasons", "Numéro invalide"), ()),
    "duplicate": (QT_TRANSLATE_NOOP("Reasons", "Doublon : déjà dans cet envoi"), ()),
    "no_message": (
        QT_TRANSLATE_NOOP(
            "Reasons", "pas de message pour ce destinataire (colonne « message » vide)"
        ),
        (),
    ),
    "empty_for_recipient": (
        QT_TRANSLATE_NOOP("Reasons", "message vide pour ce destinataire"),
        (),
    ),
    "empty_message": (QT_TRANSLATE_NOOP("Reasons", "message vide"), ()),
    "list_message": (QT_TRANSLATE_NOOP("Reasons", "message de la liste : %1"), ("error",)),
    "missing_value": (QT_TRANSLATE_NOOP("Reasons", "valeur manquante : %1"), ("field",)),
    "missing_values": (QT_TRANSLATE_NOOP("Reasons", "valeurs manquantes : %1"), ("fields",)),
    "no_text": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Le message est vide (et la liste n'a pas de colonne « message » ou « texte »).",
        ),
        (),
    ),
    "unknown_field_like": (
        QT_TRANSLATE_NOOP("Reasons", "%1 inconnu ; vouliez-vous dire %2 ?"),
        ("written", "suggestion"),
    ),
    "unknown_field": (
        QT_TRANSLATE_NOOP("Reasons", "%1 inconnu ; champs disponibles : %2"),
        ("written", "known"),
    ),
    "empty_librairie": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "%1 ne peut pas être rempli : le nom de la librairie n'est pas réglé (Réglages :"
            " « Nom de la librairie »)",
        ),
        ("shown",),
    ),
    "empty_date": (
        QT_TRANSLATE_NOOP("Reasons", "%1 ne peut pas être rempli : la date du jour manque"),
        ("shown",),
    ),
    "empty_builtin": (
        QT_TRANSLATE_NOOP("Reasons", "%1 ne peut pas être rempli : sa valeur est vide"),
        ("shown",),
    ),
    "brace_unopened": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "accolade « } » au caractère %1 sans accolade « { » avant elle (« %2 ») ; pour"
            " écrire une accolade, doublez-la : }}",
        ),
        ("at", "near"),
    ),
    "brace_unclosed": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "accolade « { » ouverte au caractère %1 et jamais fermée (« %2 ») ; pour écrire une"
            " accolade, doublez-la : {{",
        ),
        ("at", "near"),
    ),
    "brace_inside": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "accolade « { » au caractère %1, dans le champ ouvert au caractère %2 (« %3 ») ; un"
            " champ s'écrit {nom} ou {nom|texte} ; pour écrire une accolade, doublez-la : {{ ou"
            " }}",
        ),
        ("at", "start", "near"),
    ),
    "braces_empty": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "accolades vides au caractère %1 ; un champ s'écrit {nom} ou {nom|texte} ; pour"
            " écrire une accolade, doublez-la : {{ ou }}",
        ),
        ("at",),
    ),
    "field_without_name": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "« %1 » sans nom de champ au caractère %2 ; un champ s'écrit {nom} ou {nom|texte} ;"
            " pour écrire une accolade, doublez-la : {{ ou }}",
        ),
        ("written", "at"),
    ),
    "too_long_chars": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Texte trop long pour le fournisseur « %1 » : %2 caractères, il en accepte au plus"
            " %3 ; raccourcissez le texte",
        ),
        ("provider", "chars", "limit"),
    ),
    "too_long_parts": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Texte trop long pour le fournisseur « %1 » : %2 SMS, il en accepte au plus %3 par"
            " message (réglage « max_parts ») ; raccourcissez le texte",
        ),
        ("provider", "parts", "limit"),
    ),
    "number_country": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Numéro non accepté par le fournisseur « %1 » : pays %2, il n'envoie que vers %3"
            " (réglage « pays acceptés »)",
        ),
        ("provider", "region", "countries"),
    ),
    "number_country_unknown": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Numéro non accepté par le fournisseur « %1 » : pays inconnu, il n'envoie que vers"
            " %2 (réglage « pays acceptés »)",
        ),
        ("provider", "countries"),
    ),
    "number_pattern": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Numéro non accepté par le fournisseur « %1 » : il ne suit pas le motif « %2 »"
            " (réglage « motif des numéros »)",
        ),
        ("provider", "pattern"),
    ),
    "opted_out": (
        QT_TRANSLATE_NOOP("Reasons", "Le client a demandé à ne plus recevoir de SMS (STOP)"),
        (),
    ),
    "no_consent": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Pas d'accord pour les publicités (fiche client : « Recevoir les News par SMS »"
            " non cochée)",
        ),
        (),
    ),
    "consent_unreadable": (
        QT_TRANSLATE_NOOP("Reasons", "base librairie illisible pour les accords (%1)"),
        ("error",),
    ),
    "not_confirmed": (
        QT_TRANSLATE_NOOP("Reasons", "Accord non confirmé : numéro absent de la base librairie"),
        (),
    ),
    "invalid_time": (
        QT_TRANSLATE_NOOP("Reasons", "Heure invalide : « %1 » (attendu HH:MM, par exemple 08:00)."),
        ("text",),
    ),
    "invalid_hours": (
        QT_TRANSLATE_NOOP("Reasons", "Plage horaire invalide : %1 doit précéder %2."),
        ("begin", "end"),
    ),
    "no_sending_day": (QT_TRANSLATE_NOOP("Reasons", "Aucun jour d'envoi n'est permis."), ()),
    "marketing_too_late": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Fin des envois publicitaires %1 : au plus tard %2 (charte AF2M)."
        ),
        ("end", "latest"),
    ),
    "outside_hours": (QT_TRANSLATE_NOOP("Reasons", "hors des heures autorisées"), ()),
    "held": (
        QT_TRANSLATE_NOOP("Reasons", "Envoi programmé pour %1 : hors des heures autorisées"),
        ("when",),
    ),
    "no_answer": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Envoi incertain : pas de réponse du fournisseur pour ce numéro"
        ),
        (),
    ),
    "interrupted": (
        QT_TRANSLATE_NOOP("Reasons", "l'envoi a été interrompu (arrêt du programme ou coupure)"),
        (),
    ),
    "provider_wait": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Le fournisseur demande d'attendre jusqu'à %1 ; l'envoi reprendra alors."
        ),
        ("when",),
    ),
    "retry_at": (
        QT_TRANSLATE_NOOP("Reasons", "Nouvel essai prévu à %1 ; l'envoi reprendra alors."),
        ("when",),
    ),
    "failover": (
        QT_TRANSLATE_NOOP(
            "Reasons", "« %1 » n'a rien reçu (%2) : envoi par le fournisseur de secours « %3 »."
        ),
        ("primary", "reason", "failover"),
    ),
    "empty_send": (QT_TRANSLATE_NOOP("Reasons", "Le message est vide."), ()),
    "no_recipient": (QT_TRANSLATE_NOOP("Reasons", "Aucun destinataire."), ()),
    "job_busy": (QT_TRANSLATE_NOOP("Reasons", "L'envoi n° %1 est déjà en cours."), ("job",)),
    "job_busy_on": (
        QT_TRANSLATE_NOOP("Reasons", "L'envoi n° %1 est en cours sur %2."),
        ("job", "holder"),
    ),
    "job_taken": (
        QT_TRANSLATE_NOOP("Reasons", "L'envoi n° %1 vient d'être repris par un autre programme."),
        ("job",),
    ),
    "job_missing": (QT_TRANSLATE_NOOP("Reasons", "Envoi n° %1 introuvable."), ("job",)),
    "sender_digits_long": (
        QT_TRANSLATE_NOOP(
            "Reasons", "numéro d'expéditeur trop long : %1 chiffres au plus (« %2 » en a %3)"
        ),
        ("limit", "value", "count"),
    ),
    "sender_alpha_long": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "nom d'expéditeur trop long : %1 lettres ou chiffres au plus (« %2 » en a %3)",
        ),
        ("limit", "value", "count"),
    ),
    "credit_unknown": (
        QT_TRANSLATE_NOOP("Reasons", "Crédit non vérifié : « %1 » n'indique pas son crédit."),
        ("provider",),
    ),
    "credit_error": (
        QT_TRANSLATE_NOOP("Reasons", "Crédit non vérifié chez « %1 » : %2"),
        ("provider", "error"),
    ),
    **GATEWAY_SOURCES,  # the gateways' own sentences (`ui/gateway_reason_text.py`)
}


def _translate(source: str, n: int = -1) -> str | None:
    """The installed translation of `source`, None when there is none (French: the source)."""
    text = QCoreApplication.translate(CONTEXT, source, None, n)
    untranslated = source.replace("%n", str(n)) if n >= 0 else source
    return None if text == untranslated else text


def _fill(text: str, *args: str) -> str:
    """%1, %2… in one pass (a value holding « %2 » is not filled again)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], text)


def _held_some(values: Mapping[str, Any]) -> str | None:
    held = _count(values["held"])
    text = QCoreApplication.translate(
        "Reasons",
        "%n message(s) sur %1 programmé(s), le premier pour %2 : hors des heures autorisées"
        " chez le client",
        None,
        held,
    )
    source = (
        "%n message(s) sur %1 programmé(s), le premier pour %2 : hors des heures autorisées"
        " chez le client"
    )
    if text == source.replace("%n", str(held)):
        return None
    return _fill(text, _shown("total", values), _shown("when", values))


def _failed_after(values: Mapping[str, Any]) -> str | None:
    attempts = _count(values["attempts"])
    text = QCoreApplication.translate("Reasons", "Échec après %n tentatives : %1", None, attempts)
    if text == f"Échec après {attempts} tentatives : %1":
        return None
    return _fill(text, _shown("reason", values))


def _summary(values: Mapping[str, Any]) -> str | None:
    """`JobSummary.sentence` from its counts: « Envoi terminé : 98 envoyés, 2 en échec »."""
    state = values.get("state")
    head = {
        JobState.CANCELLED: QCoreApplication.translate("Reasons", "Envoi annulé"),
        JobState.INTERRUPTED: QCoreApplication.translate("Reasons", "Envoi interrompu"),
        JobState.WAITING: QCoreApplication.translate("Reasons", "Envoi en attente"),
    }.get(state) or QCoreApplication.translate("Reasons", "Envoi terminé")
    if head in ("Envoi annulé", "Envoi interrompu", "Envoi en attente", "Envoi terminé"):
        return None  # no translation installed: the service's French, as the CLI prints it
    parts = [QCoreApplication.translate("Reasons", "%n envoyé(s)", None, values.get("accepted", 0))]
    if values.get("failed"):
        parts.append(QCoreApplication.translate("Reasons", "%n en échec", None, values["failed"]))
    if values.get("cancelled"):
        parts.append(
            QCoreApplication.translate("Reasons", "%n annulé(s)", None, values["cancelled"])
        )
    if values.get("uncertain"):
        parts.append(
            QCoreApplication.translate("Reasons", "%n incertain(s)", None, values["uncertain"])
        )
    if values.get("waiting"):
        parts.append(
            QCoreApplication.translate("Reasons", "%n en attente", None, values["waiting"])
        )
    text = _fill(
        QCoreApplication.translate("Reasons", "%1 : %2"),
        head,
        QCoreApplication.translate("Reasons", ", ").join(parts),
    )
    if values.get("error"):
        text += f" ({reason_text(values['error'])})"
    return text


def _sender_characters(values: Mapping[str, Any]) -> str | None:
    """« nom d'expéditeur : seulement des lettres sans accent et des chiffres (« é » refusé) »."""
    bad = _count(values["bad"])
    text = QCoreApplication.translate(
        "Reasons",
        "nom d'expéditeur : seulement des lettres sans accent et des chiffres (%1 refusé(s))",
        None,
        bad,
    )
    if "refusé(s)" in text:
        return None
    chars = values.get("chars")
    if chars is None:  # read back from its French: « é » and « l'espace » as they were
        shown = str(values["shown"])
    else:
        space = QCoreApplication.translate("Reasons", "l'espace")
        quoted = QCoreApplication.translate("Reasons", "« %1 »")
        shown = " ".join(space if c == " " else _fill(quoted, c) for c in chars)
    return _fill(text, shown)


# (enough, estimated) → the credit sentence; « SMS » is the same for one and many
_CREDIT = {
    (False, False): QT_TRANSLATE_NOOP(
        "Reasons", "Crédit insuffisant chez « %1 » : %2 restants, %3 nécessaires pour %4 SMS."
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Reasons",
        "Crédit insuffisant chez « %1 » : %2 restants, %3 nécessaires (estimé) pour %4 SMS.",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "Reasons", "Crédit suffisant chez « %1 » : %2 restants, %3 nécessaires pour %4 SMS."
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Reasons",
        "Crédit suffisant chez « %1 » : %2 restants, %3 nécessaires (estimé) pour %4 SMS.",
    ),
}


def _credit(values: Mapping[str, Any]) -> str | None:
    """`providers.credit_check`'s sentence from its values: « Crédit suffisant chez … »."""
    text = _translate(_CREDIT[bool(values["enough"]), bool(values["estimated"])])
    if text is None:
        return None
    text = _fill(
        text,
        str(values["provider"]),
        _amount(values["left"]),
        _amount(values["needed"]),
        QLocale().toString(int(values["parts"])),
    )
    if values.get("after") is not None:
        warning = QCoreApplication.translate(
            "Reasons", "Attention : il restera %1, sous le seuil d'alerte de %2."
        )
        text += " " + _fill(warning, _amount(values["after"]), _amount(values["threshold"]))
    return text


def _amount(balance: Any) -> str:
    """A provider's credit the locale's way: « 1,250 SMS », « 12.50 EUR »."""
    amount = float(balance.amount)
    digits = 0 if amount == int(amount) else 2
    return f"{QLocale().toString(amount, 'f', digits)} {balance.unit}"


def _sentences(values: Mapping[str, Any]) -> str | None:
    """`reasons.sentences`: each part in the language, its leading space kept."""
    shown = []
    for part in values["parts"]:
        text = str(part)
        lead = text[: len(text) - len(text.lstrip())]
        shown.append(lead + reason_text(part if not lead else text.strip()))
    return "".join(shown)


def _with_text(values: Mapping[str, Any]) -> str | None:
    """« {reason} ({text}) »: our reason in the language, the provider's own words as they are."""
    return f"{reason_text(str(values['reason']))} ({values['text']})"


# Codes whose sentence counts something (Qt's %n): a function of the values each.
PLURALS: dict[str, Callable[[Mapping[str, Any]], str | None]] = {
    "held_some": _held_some,
    "failed_after": _failed_after,
    "job_summary": _summary,
    "credit": _credit,
    "sender_characters": _sender_characters,
    "sentences": _sentences,
    "gw_with_text": _with_text,
}


# (language stamp, text) → shown: sorting 100,000 refused rows by « Statut » reads the same
# few reasons again and again
_SHOWN: dict[tuple[str, str], str] = {}


def reason_text(reason: str | None) -> str:
    """`reason` in the window's language; "" for None."""
    if not reason:
        return ""
    # what the installed translators say of a known sentence: a stamp of the language (the
    # translators and the locale change together, `i18n.install_translations`)
    key = (QCoreApplication.translate("Reasons", "Numéro invalide"), str(reason))
    shown = _SHOWN.get(key)
    if shown is None:
        if len(_SHOWN) > 10_000:
            _SHOWN.clear()
        shown = _SHOWN[key] = _reason_text(reason)
    return shown


def _reason_text(reason: str) -> str:
    if "\n" in reason and not isinstance(reason, reasons.Reason):  # one reason a line
        return "\n".join(reason_text(line) for line in str(reason).split("\n"))
    if not isinstance(reason, reasons.Reason):  # a fixed sentence translated whole comes first:
        fixed = service_text(str(reason))  # « numéro bloqué (liste noire) » is no « %1 (%2) »
        if fixed != str(reason):
            return fixed
    found = reasons.parse(reason)
    if found is None:
        return str(reason)
    code, values = found.code, found.values
    try:
        if code in PLURALS:
            text = PLURALS[code](values)
        else:
            source, names = SOURCES[code]
            translated = _translate(source)
            text = (
                None
                if translated is None
                else _fill(translated, *(_shown(n, values) for n in names))
            )
    except (KeyError, ValueError, IndexError):  # a code or value this window does not know
        text = None
    return str(reason) if text is None else text


def labelled(label: str, text: str) -> str:
    """« Léa (06 12 34 56 78) : valeur manquante : titre », with the language's colon."""
    return _fill(QCoreApplication.translate("Reasons", "%1 : %2"), label, text)


# -- values, the locale's way -------------------------------------------------------------------


def _count(value: Any) -> int:
    return int(str(value).replace("\u202f", "").replace(" ", ""))


def _shown(name: str, values: Mapping[str, Any]) -> str:
    value = values[name]
    if name in _SENTENCES:  # a sentence inside the sentence: a reason, or a fixed one
        return reason_text(str(value))
    if name == "when":
        return _when(values)
    if name in _TIMES and (m := _CLOCK.fullmatch(str(value))) and m.group(3) is None:
        return QLocale().toString(time(int(m.group(1)), int(m.group(2))), _SHORT)
    if name in _NUMBERS and str(value).strip().isdigit():
        return QLocale().toString(_count(value))
    return str(value)


#: Values that are themselves a service's sentence (a gateway's error, its provider's label).
_SENTENCES = frozenset({"reason", "error", "label", "detail"})
_TIMES = frozenset({"begin", "end", "latest"})
_SHORT = QLocale.FormatType.ShortFormat
_NUMBERS = frozenset({"chars", "parts", "limit", "total", "job", "at", "start", "count"})
_FRENCH_WHEN = re.compile(r"(\w+) (1er|\d{1,2}) (\w+) à (\d{1,2}):(\d{2})")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?: le (\d{2})/(\d{2})/(\d{4}))?")


def _when(values: Mapping[str, Any]) -> str:
    """A moment of a reason in the locale's format: « Monday, December 7, 2026 at 8:00 AM »."""
    locale = QLocale()
    said = str(values.get("when", ""))
    at = values.get("at")
    m = _FRENCH_WHEN.fullmatch(said)
    if m is not None:  # « lundi 7 décembre à 08:00 » (`policy.french_when`)
        if not isinstance(at, datetime):
            at = _french_day(m)
        if at is None:
            return said
        return _fill(
            QCoreApplication.translate("Reasons", "%1 à %2"),
            locale.toString(at.date(), QLocale.FormatType.LongFormat),
            locale.toString(at.time(), QLocale.FormatType.ShortFormat),
        )
    m = _CLOCK.fullmatch(said)
    if m is not None:  # « 15:40 », « 15:40 le 07/12/2026 » (`sending.outcomes`)
        clock = time(int(m.group(1)), int(m.group(2)))
        shown = locale.toString(clock, QLocale.FormatType.ShortFormat)
        if m.group(3) is None:
            return shown
        day = date(int(m.group(5)), int(m.group(4)), int(m.group(3)))
        return locale.toString(datetime.combine(day, clock), QLocale.FormatType.ShortFormat)
    return said


def _french_day(m: re.Match[str]) -> datetime | None:
    """The date of « lundi 7 décembre à 08:00 »: this year's, or the next one on that weekday."""
    from ellipses_sms.hours import MONTHS_FR, WEEKDAYS_FR  # the holidays' module: not at start

    try:
        weekday = WEEKDAYS_FR.index(m.group(1))
        month = MONTHS_FR.index(m.group(3)) + 1
    except ValueError:
        return None
    day = 1 if m.group(2) == "1er" else int(m.group(2))
    year = date.today().year
    for y in (year, year + 1, year - 1):
        try:
            found = datetime(y, month, day, int(m.group(4)), int(m.group(5)))
        except ValueError:
            continue
        if found.weekday() == weekday:
            return found
    return None
