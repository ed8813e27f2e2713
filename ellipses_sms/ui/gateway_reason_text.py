"""The SMS providers' own sentences in the window's language (the « Reasons » context).

The gateways (`ellipses_sms/gateway/`) say why a provider refused, failed or answered oddly as
`reasons.Reason` values whose codes start with `gw_` (their French is in `reasons.FRENCH`, word
for word what the command line prints and the store keeps); here is each code's sentence to
translate, with ``%1``, ``%2``… in the order of the value names. `reason_text` merges this table
into its own. Kept apart: 69 sentences, the biggest family of reasons, and one a newcomer adding
a provider looks for. `tests/ui/test_gateway_text.py` walks the gateway modules and fails on a
French sentence without its code here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: code → (the sentence to translate, the names of its values in ``%n`` order).
GATEWAY_SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gw_label_provider": (
        QT_TRANSLATE_NOOP("Reasons", "le fournisseur « %1 »"),
        ("name",),
    ),
    "gw_label_kannel": (
        QT_TRANSLATE_NOOP("Reasons", "Kannel (« %1 »)"),
        ("name",),
    ),
    "gw_maybe_sent": (
        QT_TRANSLATE_NOOP("Reasons", "%1; le message a pu partir"),
        ("reason",),
    ),
    "gw_maybe_sent_spaced": (
        QT_TRANSLATE_NOOP("Reasons", "%1 ; le message a pu partir"),
        ("reason",),
    ),
    "gw_connect_timeout": (
        QT_TRANSLATE_NOOP("Reasons", "%1 ne répond pas (délai de connexion dépassé)"),
        ("label",),
    ),
    "gw_read_timeout": (
        QT_TRANSLATE_NOOP("Reasons", "%1 n'a pas répondu à temps"),
        ("label",),
    ),
    "gw_unreachable": (
        QT_TRANSLATE_NOOP("Reasons", "connexion impossible : %1 injoignable (%2)"),
        ("label", "host"),
    ),
    "gw_connection_cut": (
        QT_TRANSLATE_NOOP("Reasons", "connexion coupée pendant la requête (%1)"),
        ("label",),
    ),
    "gw_bad_address": (
        QT_TRANSLATE_NOOP("Reasons", "adresse invalide pour %1 (%2)"),
        ("label", "kind"),
    ),
    "gw_network": (
        QT_TRANSLATE_NOOP("Reasons", "erreur réseau (%1, %2)"),
        ("label", "kind"),
    ),
    "gw_slow_down": (
        QT_TRANSLATE_NOOP("Reasons", "%1 demande de ralentir (trop de requêtes)"),
        ("label",),
    ),
    "gw_server_said": (
        QT_TRANSLATE_NOOP("Reasons", "%1 est en difficulté (HTTP %2 : %3)"),
        ("label", "status", "text"),
    ),
    "gw_server": (
        QT_TRANSLATE_NOOP("Reasons", "%1 est en difficulté (HTTP %2)"),
        ("label", "status"),
    ),
    "gw_rest_address": (
        QT_TRANSLATE_NOOP("Reasons", "adresse de %1 invalide : « %2 » (http:// ou https://)"),
        ("label", "url"),
    ),
    "gw_setting_number": (
        QT_TRANSLATE_NOOP("Reasons", "réglage « %1 » invalide : « %2 » (un nombre)"),
        ("key", "text"),
    ),
    "gw_setting_integer": (
        QT_TRANSLATE_NOOP("Reasons", "réglage « %1 » invalide : « %2 » (un nombre entier)"),
        ("key", "text"),
    ),
    "gw_setting_minimum": (
        QT_TRANSLATE_NOOP("Reasons", "réglage « %1 » invalide : « %2 » (au moins %3)"),
        ("key", "text", "minimum"),
    ),
    "gw_setting_flag": (
        QT_TRANSLATE_NOOP("Reasons", "réglage « %1 » invalide : « %2 » (oui ou non)"),
        ("key", "text"),
    ),
    "gw_status_codes": (
        QT_TRANSLATE_NOOP("Reasons", "codes HTTP invalides : « %1 » (ex. 200-299 ou 200,202)"),
        ("spec",),
    ),
    "gw_status_codes_range": (
        QT_TRANSLATE_NOOP("Reasons", "codes HTTP invalides : « %1 » (entre 100 et 599)"),
        ("spec",),
    ),
    "gw_bad_regex": (
        QT_TRANSLATE_NOOP("Reasons", "motif invalide « %1 » : %2"),
        ("value", "detail"),
    ),
    "gw_password_missing": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Mot de passe du fournisseur « %1 » absent : saisissez-le dans les réglages (il est"
            " gardé dans le trousseau système).",
        ),
        ("provider",),
    ),
    "gw_password_unreadable": (
        QT_TRANSLATE_NOOP("Reasons", "mot de passe du fournisseur « %1 » illisible (%2)"),
        ("provider", "kind"),
    ),
    "gw_credentials": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "identifiants refusés par le fournisseur « %1 » (HTTP %2) : vérifiez l'identifiant et"
            " le mot de passe dans les réglages",
        ),
        ("provider", "status"),
    ),
    "gw_code": (QT_TRANSLATE_NOOP("Reasons", "code %1"), ("code",)),
    "gw_refused": (
        QT_TRANSLATE_NOOP("Reasons", "Refusé par le fournisseur : %1"),
        ("reason",),
    ),
    "gw_not_confirmed": (
        QT_TRANSLATE_NOOP("Reasons", "Envoi non confirmé par le fournisseur : %1"),
        ("reason",),
    ),
    "gw_reachable": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Serveur du fournisseur joignable (%1, HTTP %2). Les identifiants seront vérifiés au"
            " premier envoi.",
        ),
        ("host", "status"),
    ),
    "gw_kannel_password_missing": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Mot de passe Kannel du fournisseur « %1 » absent : saisissez-le dans les réglages (il"
            " est gardé dans le trousseau système).",
        ),
        ("provider",),
    ),
    "gw_kannel_refused": (
        QT_TRANSLATE_NOOP("Reasons", "Refusé par Kannel : %1"),
        ("reason",),
    ),
    "gw_kannel_known": (
        QT_TRANSLATE_NOOP("Reasons", "%1 (Kannel : %2)"),
        ("reason", "text"),
    ),
    "gw_kannel_unexpected": (
        QT_TRANSLATE_NOOP("Reasons", "Réponse inattendue de Kannel (HTTP %1) : %2"),
        ("status", "text"),
    ),
    "gw_uncertain": (
        QT_TRANSLATE_NOOP("Reasons", "Envoi incertain : %1"),
        ("reason",),
    ),
    "gw_not_sent": (
        QT_TRANSLATE_NOOP("Reasons", "Non envoyé : %1"),
        ("reason",),
    ),
    "gw_error_code": (
        QT_TRANSLATE_NOOP("Reasons", "erreur %1"),
        ("code",),
    ),
    "gw_twilio_error": (
        QT_TRANSLATE_NOOP("Reasons", "erreur Twilio %1"),
        ("code",),
    ),
    "gw_twilio_sid_missing": (
        QT_TRANSLATE_NOOP("Reasons", "Identifiant du compte Twilio absent pour « %1 »"),
        ("provider",),
    ),
    "gw_twilio_token_missing": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Jeton d'authentification Twilio absent pour « %1 » : saisissez-le dans les "
            "réglages (il est gardé dans le trousseau système).",
        ),
        ("provider",),
    ),
    "gw_twilio_credentials": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "identifiants refusés par Twilio pour « %1 » (HTTP %2) : vérifiez l'Account "
            "SID et l'Auth Token",
        ),
        ("provider", "status"),
    ),
    "gw_twilio_sender_missing": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Expéditeur Twilio absent pour « %1 » : indiquez un numéro Twilio ou un "
            "service de messagerie dans les réglages",
        ),
        ("provider",),
    ),
    "gw_twilio_account_unknown": (
        QT_TRANSLATE_NOOP("Reasons", "compte Twilio introuvable (« %1 ») : vérifiez l'Account SID"),
        ("sid",),
    ),
    "gw_twilio_refused": (
        QT_TRANSLATE_NOOP("Reasons", "Refusé par Twilio : %1"),
        ("reason",),
    ),
    "gw_twilio_refused_code": (
        QT_TRANSLATE_NOOP("Reasons", "Refusé par Twilio (code %1) : %2"),
        ("code", "reason"),
    ),
    "gw_replies_unreadable": (
        QT_TRANSLATE_NOOP("Reasons", "liste des messages reçus illisible (HTTP %1)"),
        ("status",),
    ),
    "gw_twilio_unexpected": (
        QT_TRANSLATE_NOOP("Reasons", "réponse inattendue de Twilio (HTTP %1) : %2"),
        ("status", "text"),
    ),
    "gw_twilio_inactive": (
        QT_TRANSLATE_NOOP("Reasons", "compte Twilio « %1 » inactif (statut : %2)"),
        ("account", "status"),
    ),
    "gw_twilio_ok": (
        QT_TRANSLATE_NOOP("Reasons", "Connexion à Twilio réussie : compte « %1 » actif."),
        ("account",),
    ),
    "gw_callbacks_at": (
        QT_TRANSLATE_NOOP("Reasons", "Accusés de réception attendus sur %1 (écoute locale %2)."),
        ("url", "local"),
    ),
    "gw_callbacks_busy": (
        QT_TRANSLATE_NOOP(
            "Reasons", "Attention : impossible d'écouter sur %1 (port occupé ?) ; %2."
        ),
        ("local", "reason"),
    ),
    "gw_vonage_error": (
        QT_TRANSLATE_NOOP("Reasons", "erreur Vonage %1"),
        ("code",),
    ),
    "gw_vonage_key_missing": (
        QT_TRANSLATE_NOOP("Reasons", "Clé d'API Vonage absente pour « %1 »"),
        ("provider",),
    ),
    "gw_vonage_secret_missing": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Secret d'API Vonage absent pour « %1 » : saisissez-le dans les réglages (il "
            "est gardé dans le trousseau système).",
        ),
        ("provider",),
    ),
    "gw_vonage_credentials": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "identifiants refusés par Vonage pour « %1 » (HTTP %2) : vérifiez la clé et "
            "le secret d'API",
        ),
        ("provider", "status"),
    ),
    "gw_vonage_sender_missing": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Expéditeur Vonage absent pour « %1 » : indiquez un nom ou un numéro dans les réglages",
        ),
        ("provider",),
    ),
    "gw_vonage_unexpected": (
        QT_TRANSLATE_NOOP(
            "Reasons", "réponse inattendue de Vonage (HTTP %1) : %2 ; le message a pu partir"
        ),
        ("status", "text"),
    ),
    "gw_vonage_partial": (
        QT_TRANSLATE_NOOP("Reasons", "Envoyé en partie par Vonage : une partie refusée, code %1"),
        ("code",),
    ),
    "gw_vonage_refused": (
        QT_TRANSLATE_NOOP("Reasons", "Refusé par Vonage : %1"),
        ("reason",),
    ),
    "gw_vonage_balance_unreadable": (
        QT_TRANSLATE_NOOP("Reasons", "réponse de Vonage illisible pour le solde (HTTP %1)"),
        ("status",),
    ),
    "gw_vonage_ok": (
        QT_TRANSLATE_NOOP("Reasons", "Connexion à Vonage réussie : crédit de %1 %2."),
        ("amount", "unit"),
    ),
    "gw_country_unknown": (
        QT_TRANSLATE_NOOP(
            "Reasons", "pays inconnu : %1 (codes ISO à deux lettres, ex. FR, BE, RE)"
        ),
        ("codes",),
    ),
    "gw_countries_unknown": (
        QT_TRANSLATE_NOOP(
            "Reasons", "pays inconnus : %1 (codes ISO à deux lettres, ex. FR, BE, RE)"
        ),
        ("codes",),
    ),
    "gw_countries_setting": (
        QT_TRANSLATE_NOOP("Reasons", "Pays acceptés (%1) : %2"),
        (
            "key",
            "reason",
        ),
    ),
    "gw_setting_invalid": (
        QT_TRANSLATE_NOOP("Reasons", "réglage « %1 » invalide : %2"),
        (
            "key",
            "reason",
        ),
    ),
    "gw_setting_pattern": (
        QT_TRANSLATE_NOOP("Reasons", "réglage « %1 » invalide : motif « %2 » (%3)"),
        (
            "key",
            "pattern",
            "detail",
        ),
    ),
    "gw_kannel_reports_at": (
        QT_TRANSLATE_NOOP("Reasons", "Accusés de réception attendus sur %1."),
        ("local",),
    ),
    "gw_kannel_port_busy": (
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Attention : le port %1 est occupé ; les accusés des messages envoyés avant "
            "un redémarrage n'arriveront pas.",
        ),
        ("port",),
    ),
    "gw_kannel_replies_url": (
        QT_TRANSLATE_NOOP("Reasons", "Réponses des clients : sms-service get-url = « %1 »."),
        ("url",),
    ),
    "gw_warning": (
        QT_TRANSLATE_NOOP("Reasons", "Attention : %1."),
        ("reason",),
    ),
}
