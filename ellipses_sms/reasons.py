"""Reasons the services give (a refused recipient, the end of a send), as codes with values.

Why this module exists: a refusal is journaled, printed by the command line and shown by the
window, which may speak English. A `Reason` is a `str` whose value is the French sentence the
command line prints and the journal keeps (so nothing that reads it as text changes), and which
also carries a `code` and its `values`: the window translates from those (`ui/reason_text.py`),
never from a finished French sentence.

Every code has one French template here, in `FRENCH`: ``{name}`` is a value, ``{name|s}`` is
« s » when that value is more than one (French plural), ``{{`` and ``}}`` are braces. A
reason read back from the store is a plain string again; `parse` finds its code and values from
the same templates, so the history and a resumed send translate too. Plain Python, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

__all__ = ["CODES", "COMPOSED", "FRENCH", "Reason", "parse", "sentences"]

#: code → the French sentence, with ``{value}`` and ``{value|s}`` (plural « s »).
FRENCH: dict[str, str] = {
    # compose, templates: a recipient's own message
    "invalid_number": "Numéro invalide",
    "duplicate": "Doublon : déjà dans cet envoi",
    "no_message": "pas de message pour ce destinataire (colonne « message » vide)",
    "empty_for_recipient": "message vide pour ce destinataire",
    "empty_message": "message vide",
    "list_message": "message de la liste : {error}",
    "missing_value": "valeur manquante : {field}",
    "missing_values": "valeurs manquantes : {fields}",
    "no_text": "Le message est vide (et la liste n'a pas de colonne « message » ou « texte »).",
    "unknown_field_like": "{written} inconnu ; vouliez-vous dire {suggestion} ?",
    "unknown_field": "{written} inconnu ; champs disponibles : {known}",
    "empty_librairie": (
        "{shown} ne peut pas être rempli : le nom de la librairie n'est pas réglé "
        "(Réglages : « Nom de la librairie »)"
    ),
    "empty_date": "{shown} ne peut pas être rempli : la date du jour manque",
    "empty_builtin": "{shown} ne peut pas être rempli : sa valeur est vide",
    # templates: the clerk's braces
    "brace_unopened": (
        "accolade « }} » au caractère {at} sans accolade « {{ » avant elle (« {near} ») ; "
        "pour écrire une accolade, doublez-la : }}}}"
    ),
    "brace_unclosed": (
        "accolade « {{ » ouverte au caractère {at} et jamais fermée (« {near} ») ; "
        "pour écrire une accolade, doublez-la : {{{{"
    ),
    "brace_inside": (
        "accolade « {{ » au caractère {at}, dans le champ ouvert au caractère {start} "
        "(« {near} ») ; un champ s'écrit {{nom}} ou {{nom|texte}} ; pour écrire une accolade, "
        "doublez-la : {{{{ ou }}}}"
    ),
    "braces_empty": (
        "accolades vides au caractère {at} ; un champ s'écrit {{nom}} ou {{nom|texte}} ; "
        "pour écrire une accolade, doublez-la : {{{{ ou }}}}"
    ),
    "field_without_name": (
        "« {written} » sans nom de champ au caractère {at} ; un champ s'écrit {{nom}} ou "
        "{{nom|texte}} ; pour écrire une accolade, doublez-la : {{{{ ou }}}}"
    ),
    # gateway: what a provider takes
    "too_long_chars": (
        "Texte trop long pour le fournisseur « {provider} » : {chars} caractères, "
        "il en accepte au plus {limit} ; raccourcissez le texte"
    ),
    "too_long_parts": (
        "Texte trop long pour le fournisseur « {provider} » : {parts} SMS, "
        "il en accepte au plus {limit} par message (réglage « max_parts ») ; "
        "raccourcissez le texte"
    ),
    "number_country": (
        "Numéro non accepté par le fournisseur « {provider} » : pays {region}, "
        "il n'envoie que vers {countries} (réglage « pays acceptés »)"
    ),
    "number_country_unknown": (
        "Numéro non accepté par le fournisseur « {provider} » : pays inconnu, "
        "il n'envoie que vers {countries} (réglage « pays acceptés »)"
    ),
    "number_pattern": (
        "Numéro non accepté par le fournisseur « {provider} » : il ne suit pas "
        "le motif « {pattern} » (réglage « motif des numéros »)"
    ),
    # policy, consent, opt-outs
    "opted_out": "Le client a demandé à ne plus recevoir de SMS (STOP)",
    "no_consent": (
        "Pas d'accord pour les publicités (fiche client : « Recevoir les News par SMS » non cochée)"
    ),
    "consent_unreadable": "base librairie illisible pour les accords ({error})",
    "not_confirmed": "Accord non confirmé : numéro absent de la base librairie",
    "outside_hours": "hors des heures autorisées",
    "invalid_time": "Heure invalide : « {text} » (attendu HH:MM, par exemple 08:00).",
    "invalid_hours": "Plage horaire invalide : {begin} doit précéder {end}.",
    "no_sending_day": "Aucun jour d'envoi n'est permis.",
    "marketing_too_late": (
        "Fin des envois publicitaires {end} : au plus tard {latest} (charte AF2M)."
    ),
    "held": "Envoi programmé pour {when} : hors des heures autorisées",
    "held_some": (
        "{held} message{held|s} sur {total} programmé{held|s}, le premier pour {when} : "
        "hors des heures autorisées chez le client"
    ),
    # the send path
    "no_answer": "Envoi incertain : pas de réponse du fournisseur pour ce numéro",
    "failed_after": "Échec après {attempts} tentatives : {reason}",
    "interrupted": "l'envoi a été interrompu (arrêt du programme ou coupure)",
    "provider_wait": "Le fournisseur demande d'attendre jusqu'à {when} ; l'envoi reprendra alors.",
    "retry_at": "Nouvel essai prévu à {when} ; l'envoi reprendra alors.",
    "failover": (
        "« {primary} » n'a rien reçu ({reason}) : envoi par le fournisseur de secours "
        "« {failover} »."
    ),
    "empty_send": "Le message est vide.",
    "no_recipient": "Aucun destinataire.",
    "job_busy": "L'envoi n° {job} est déjà en cours.",
    "job_busy_on": "L'envoi n° {job} est en cours sur {holder}.",
    "job_taken": "L'envoi n° {job} vient d'être repris par un autre programme.",
    "job_missing": "Envoi n° {job} introuvable.",
    # the sender name or number (`providers.check_sender`)
    "sender_digits_long": (
        "numéro d'expéditeur trop long : {limit} chiffres au plus (« {value} » en a {count})"
    ),
    "sender_characters": (
        "nom d'expéditeur : seulement des lettres sans accent et des chiffres "
        "({shown} refusé{bad|s})"
    ),
    "sender_alpha_long": (
        "nom d'expéditeur trop long : {limit} lettres ou chiffres au plus "
        "(« {value} » en a {count})"
    ),
    # the provider's credit before a send (`providers.credit_check`)
    "credit_unknown": "Crédit non vérifié : « {provider} » n'indique pas son crédit.",
    "credit_error": "Crédit non vérifié chez « {provider} » : {error}",
    # gateway: what a provider's request met (`gateway/transport`, `http`, `rest`, `config`)
    "gw_label_provider": "le fournisseur « {name} »",
    "gw_label_kannel": "Kannel (« {name} »)",
    "gw_maybe_sent": "{reason}; le message a pu partir",
    "gw_maybe_sent_spaced": "{reason} ; le message a pu partir",
    "gw_connect_timeout": "{label} ne répond pas (délai de connexion dépassé)",
    "gw_read_timeout": "{label} n'a pas répondu à temps",
    "gw_unreachable": "connexion impossible : {label} injoignable ({host})",
    "gw_connection_cut": "connexion coupée pendant la requête ({label})",
    "gw_bad_address": "adresse invalide pour {label} ({kind})",
    "gw_network": "erreur réseau ({label}, {kind})",
    "gw_slow_down": "{label} demande de ralentir (trop de requêtes)",
    "gw_server_said": "{label} est en difficulté (HTTP {status} : {text})",
    "gw_server": "{label} est en difficulté (HTTP {status})",
    "gw_rest_address": "adresse de {label} invalide : « {url} » (http:// ou https://)",
    "gw_setting_number": "réglage « {key} » invalide : « {text} » (un nombre)",
    "gw_setting_integer": "réglage « {key} » invalide : « {text} » (un nombre entier)",
    "gw_setting_minimum": "réglage « {key} » invalide : « {text} » (au moins {minimum})",
    "gw_setting_flag": "réglage « {key} » invalide : « {text} » (oui ou non)",
    "gw_status_codes": "codes HTTP invalides : « {spec} » (ex. 200-299 ou 200,202)",
    "gw_status_codes_range": "codes HTTP invalides : « {spec} » (entre 100 et 599)",
    "gw_bad_regex": "motif invalide « {value} » : {detail}",
    "gw_password_missing": (
        "Mot de passe du fournisseur « {provider} » absent : saisissez-le dans les réglages "
        "(il est gardé dans le trousseau système)."
    ),
    "gw_password_unreadable": "mot de passe du fournisseur « {provider} » illisible ({kind})",
    "gw_credentials": (
        "identifiants refusés par le fournisseur « {provider} » (HTTP {status}) : "
        "vérifiez l'identifiant et le mot de passe dans les réglages"
    ),
    "gw_code": "code {code}",
    "gw_refused": "Refusé par le fournisseur : {reason}",
    "gw_not_confirmed": "Envoi non confirmé par le fournisseur : {reason}",
    "gw_reachable": (
        "Serveur du fournisseur joignable ({host}, HTTP {status}). "
        "Les identifiants seront vérifiés au premier envoi."
    ),
    # gateway: Kannel's sending
    "gw_kannel_password_missing": (
        "Mot de passe Kannel du fournisseur « {provider} » absent : saisissez-le dans "
        "les réglages (il est gardé dans le trousseau système)."
    ),
    "gw_kannel_refused": "Refusé par Kannel : {reason}",
    "gw_kannel_known": "{reason} (Kannel : {text})",
    "gw_kannel_unexpected": "Réponse inattendue de Kannel (HTTP {status}) : {text}",
    "gw_uncertain": "Envoi incertain : {reason}",
    "gw_not_sent": "Non envoyé : {reason}",
    # gateway: Twilio, and the callback notes of a connection test
    "gw_error_code": "erreur {code}",
    "gw_twilio_error": "erreur Twilio {code}",
    "gw_twilio_sid_missing": "Identifiant du compte Twilio absent pour « {provider} »",
    "gw_twilio_token_missing": (
        "Jeton d'authentification Twilio absent pour « {provider} » : saisissez-le "
        "dans les réglages (il est gardé dans le trousseau système)."
    ),
    "gw_twilio_credentials": (
        "identifiants refusés par Twilio pour « {provider} » (HTTP {status}) : "
        "vérifiez l'Account SID et l'Auth Token"
    ),
    "gw_twilio_sender_missing": (
        "Expéditeur Twilio absent pour « {provider} » : indiquez un numéro Twilio ou "
        "un service de messagerie dans les réglages"
    ),
    "gw_twilio_account_unknown": "compte Twilio introuvable (« {sid} ») : vérifiez l'Account SID",
    "gw_twilio_refused": "Refusé par Twilio : {reason}",
    "gw_twilio_refused_code": "Refusé par Twilio (code {code}) : {reason}",
    "gw_replies_unreadable": "liste des messages reçus illisible (HTTP {status})",
    "gw_twilio_unexpected": "réponse inattendue de Twilio (HTTP {status}) : {text}",
    "gw_twilio_inactive": "compte Twilio « {account} » inactif (statut : {status})",
    "gw_twilio_ok": "Connexion à Twilio réussie : compte « {account} » actif.",
    "gw_callbacks_at": "Accusés de réception attendus sur {url} (écoute locale {local}).",
    "gw_callbacks_busy": "Attention : impossible d'écouter sur {local} (port occupé ?) ; {reason}.",
    # gateway: Vonage
    "gw_with_text": "{reason} ({text})",
    "gw_vonage_error": "erreur Vonage {code}",
    "gw_vonage_key_missing": "Clé d'API Vonage absente pour « {provider} »",
    "gw_vonage_secret_missing": (
        "Secret d'API Vonage absent pour « {provider} » : saisissez-le dans les "
        "réglages (il est gardé dans le trousseau système)."
    ),
    "gw_vonage_credentials": (
        "identifiants refusés par Vonage pour « {provider} » (HTTP {status}) : "
        "vérifiez la clé et le secret d'API"
    ),
    "gw_vonage_sender_missing": (
        "Expéditeur Vonage absent pour « {provider} » : indiquez un nom ou un numéro "
        "dans les réglages"
    ),
    "gw_vonage_unexpected": (
        "réponse inattendue de Vonage (HTTP {status}) : {text} ; le message a pu partir"
    ),
    "gw_vonage_partial": "Envoyé en partie par Vonage : une partie refusée, code {code}",
    "gw_vonage_refused": "Refusé par Vonage : {reason}",
    "gw_vonage_balance_unreadable": "réponse de Vonage illisible pour le solde (HTTP {status})",
    "gw_vonage_ok": "Connexion à Vonage réussie : crédit de {amount} {unit}.",
    # gateway: the numbers a provider takes (`gateway/numbers`)
    "gw_country_unknown": "pays inconnu : {codes} (codes ISO à deux lettres, ex. FR, BE, RE)",
    "gw_countries_unknown": "pays inconnus : {codes} (codes ISO à deux lettres, ex. FR, BE, RE)",
    "gw_countries_setting": "Pays acceptés ({key}) : {reason}",
    "gw_setting_invalid": "réglage « {key} » invalide : {reason}",
    "gw_setting_pattern": "réglage « {key} » invalide : motif « {pattern} » ({detail})",
    # gateway: Kannel's connection test
    "gw_kannel_reports_at": "Accusés de réception attendus sur {local}.",
    "gw_kannel_port_busy": (
        "Attention : le port {port} est occupé ; les accusés des messages envoyés "
        "avant un redémarrage n'arriveront pas."
    ),
    "gw_kannel_replies_url": "Réponses des clients : sms-service get-url = « {url} ».",
    "gw_warning": "Attention : {reason}.",
    # sentences written where they are made (`Reason.made`), never read back from the store:
    # the end of a send (`JobSummary.sentence`), the credit against a send (`credit_check`)
    "job_summary": "{text}",
    "sentences": "{text}",
    "credit": "{text}",
}
#: The codes whose French is written by their service, values beside it.
COMPOSED = frozenset({"job_summary", "credit", "sentences"})

#: Every code a service may give; the window has a translation for each (tests check it).
CODES: tuple[str, ...] = tuple(FRENCH)

#: A value ``{name}``, a plural ``{name|s}``, or a doubled brace.
_FIELD = re.compile(r"\{\{|\}\}|\{(\w+)(?:\|(\w+))?\}")


class Reason(str):
    """A French sentence that also says what it means: `code` and `values`.

    ``Reason("missing_value", field="titre")`` is the string « valeur manquante : titre ».
    Values not in the template may be given too (a datetime beside its French form), for a
    translation that wants more than the French shows. Equal to, and hashed as, its text.
    """

    code: str
    values: Mapping[str, Any]

    def __new__(cls, code: str, /, **values: Any) -> Reason:
        template = FRENCH[code]  # KeyError: a code without its French
        return cls.made(code, render(template, values), values)

    @classmethod
    def made(cls, code: str, text: str, values: Mapping[str, Any]) -> Reason:
        """A reason whose French was written elsewhere (`JobSummary.sentence`)."""
        self = super().__new__(cls, text)
        self.code = code
        self.values = MappingProxyType(dict(values))
        return self

    def __reduce__(self):  # pickles (and copies) keep the code
        return (_rebuild, (self.code, str(self), dict(self.values)))

    def __repr__(self) -> str:
        return f"Reason({self.code!r}, {str(self)!r})"


def sentences(*parts: str) -> Reason:
    """Sentences said one after another (a connection test, then its notes, each note with
    its leading space): the French is theirs joined as they are; the window says each in its
    language (`ui/reason_text.py`). Written where it is made, never read back from the store."""
    kept = tuple(p for p in parts if p)
    return Reason.made("sentences", "".join(kept), {"parts": kept})


def _rebuild(code: str, text: str, values: dict[str, Any]) -> Reason:
    return Reason.made(code, text, values)


def render(template: str, values: Mapping[str, Any]) -> str:
    """The French of a template with these values (``{n|s}``: « s » when n > 1)."""

    def fill(m: re.Match[str]) -> str:
        if m.group(1) is None:  # {{ or }}
            return m.group(0)[0]
        value = values[m.group(1)]
        if m.group(2) == "s":
            return "s" if int(value) > 1 else ""
        return str(value)

    return _FIELD.sub(fill, template)


#: The group of a count shown only by its plural « s » (read back as 1 or 2: the same plural).
_PLURAL_ONLY = "_plural_"


def _pattern(template: str) -> re.Pattern[str]:
    shown = {m.group(1) for m in _FIELD.finditer(template) if m.group(1) and not m.group(2)}
    out, seen, at = [], set(), 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[at : m.start()]))
        name, flag = m.group(1), m.group(2)
        if name is None:
            out.append(re.escape(m.group(0)[0]))
        elif flag == "s" and (name in shown or name in seen):
            out.append("s?")
        elif flag == "s":
            seen.add(name)
            out.append(f"(?P<{_PLURAL_ONLY}{name}>s?)")
        elif name in seen:
            out.append(f"(?P={name})")
        else:
            seen.add(name)
            out.append(f"(?P<{name}>.+?)")
        at = m.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out), re.DOTALL)


def _literal_length(template: str) -> int:
    return len(_FIELD.sub(lambda m: m.group(0)[0] if m.group(1) is None else "", template))


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # the longest literal first: « Numéro invalide » must not take a longer sentence
    found = [(code, _pattern(t)) for code, t in FRENCH.items() if code not in COMPOSED]
    found.sort(key=lambda cp: -_literal_length(FRENCH[cp[0]]))
    return tuple(found)


@lru_cache(maxsize=4096)
def _parse_text(text: str) -> Reason | None:
    for code, pattern in _patterns():
        m = pattern.fullmatch(text)
        if m is not None:
            values = {}
            for name, value in m.groupdict().items():
                if name.startswith(_PLURAL_ONLY):
                    values[name[len(_PLURAL_ONLY) :]] = "2" if value else "1"
                else:
                    values[name] = value
            return Reason.made(code, text, values)
    return None


def parse(text: str | None) -> Reason | None:
    """The reason a sentence is: itself when it is one, else found from its French (a reason
    read back from the store); None for a sentence no service writes with a code (a provider's
    own words). Values found this way are strings."""
    if text is None:
        return None
    if isinstance(text, Reason):
        return text
    return _parse_text(str(text))
