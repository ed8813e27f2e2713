"""Fill history_en.ts with the English texts (run after pyside6-lupdate adds new strings).

python resources/translations/fill_history_en.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("history_en.ts")

EN = {
    "Consommation de SMS": "SMS usage",
    " derniers mois": " last months",
    "Le prix que votre fournisseur facture pour un SMS (une partie de message)": (
        "The price your provider charges for one SMS (one message part)"
    ),
    "Période :": "Period:",
    "Prix d'un SMS :": "Price of one SMS:",
    "Crédit restant chez le fournisseur : …": "Credit left with the provider: …",
    "Mois": "Month",
    "Messages": "Messages",
    "SMS utilisés": "SMS used",
    "Remis": "Delivered",
    "Échecs": "Failures",
    "Coût estimé": "Estimated cost",
    "Les crédits consommés : un message long compte pour plusieurs SMS.": (
        "The credits used: a long message counts as several SMS."
    ),
    "Aucun SMS envoyé sur cette période": "No SMS sent in this period",
    "Coût estimé = SMS utilisés × prix d'un SMS. Les messages refusés avant l'envoi "
    "(numéro invalide, client désinscrit) ne consomment pas de crédit.": (
        "Estimated cost = SMS used × price of one SMS. Messages refused before sending "
        "(invalid number, unsubscribed customer) use no credit."
    ),
    "Fermer": "Close",
    "Lecture impossible : %1": "Cannot read: %1",
    "Total": "Total",
    "SMS utilisés par mois": "SMS used per month",
    "bac à sable, démonstration sans SMS réel": "sandbox, a demo with no real SMS",
    "non communiqué": "not provided",
    "non communiqué (%1)": "not provided (%1)",
    "Crédit restant chez le fournisseur « %1 » : %2": "Credit left with the provider “%1”: %2",
    "Historique des envois": "Sending history",
    "Tous": "All",
    "Succès (messages reçus)": "Success (messages received)",
    "Échecs (en erreur, non reçus)": "Failures (errors, not received)",
    "En attente": "Pending",
    "Numéro ou nom du client": "Number or customer name",
    "Go !": "Go!",
    "Afficher les messages de ces dates (Entrée)": "Show the messages of these dates (Enter)",
    "Du": "From",
    "au": "to",
    "Statut": "Status",
    "Rechercher": "Search",
    "Double-cliquez sur un message pour voir son détail et son suivi.": (
        "Double-click a message to see its details and tracking."
    ),
    "Renvoyer les échecs…": "Resend failures…",
    "Renvoie les messages sélectionnés qui ont échoué, dans un nouvel envoi lié à l'ancien. "
    "Sélectionnez-les d'abord (Ctrl ou Maj + clic).": (
        "Resends the selected failed messages, in a new send linked to the old one. "
        "Select them first (Ctrl or Shift + click)."
    ),
    "Exporter…": "Export…",
    "Enregistrer les messages affichés dans un fichier Excel (.xlsx) ou CSV": (
        "Save the messages shown to an Excel (.xlsx) or CSV file"
    ),
    "La date de début est après la date de fin.": "The start date is after the end date.",
    "Recherche en cours…": "Searching…",
    "Total nombre de messages : %1": "Total number of messages: %1",
    "SMS utilisés : %1": "SMS used: %1",
    "Comme dans Consommation : les SMS des messages acceptés par le fournisseur (ses crédits). "
    "Un message long compte pour plusieurs SMS ; un message qui n'est pas parti (bloqué, annulé, "
    "en attente) n'en utilise aucun.": (
        "As in SMS usage: the SMS of the messages the provider accepted (its credits). A long "
        "message counts as several SMS; a message that did not go (blocked, cancelled, waiting) "
        "uses none."
    ),
    "Pas envoyé (enregistré le %1)": "Not sent (recorded on %1)",
    "Envoi non confirmé par le fournisseur (enregistré le %1)": (
        "Not confirmed by the provider (recorded on %1)"
    ),
    "Renvoyer les échecs (%1)…": "Resend failures (%1)…",
    "Renvoyer %1 message(s) en échec ? Un nouvel envoi sera créé.": (
        "Resend %1 failed message(s)? A new send will be created."
    ),
    "%1 message(s) sélectionné(s) ne seront pas renvoyés : déjà remis, en attente, ou "
    "bloqués (numéro invalide, client désinscrit).": (
        "%1 selected message(s) will not be resent: already delivered, pending, or blocked "
        "(invalid number, unsubscribed customer)."
    ),
    "Renvoyer": "Resend",
    "Renvoi en cours…": "Resending…",
    "Aucun de ces messages ne peut être renvoyé.": "None of these messages can be resent.",
    "Le renvoi n'a pas pu se faire : %1": "The resend could not be done: %1",
    "Exporter l'historique": "Export the history",
    "Classeur Excel (*.xlsx);;Fichier CSV (*.csv)": "Excel workbook (*.xlsx);;CSV file (*.csv)",
    "Export en cours…": "Exporting…",
    "%1 message(s) exporté(s) dans %2": "%1 message(s) exported to %2",
    "Envoi…": "Sending…",
    "Envoyé": "Sent",
    "Échec": "Failed",
    "Expiré": "Expired",
    "Refusé": "Rejected",
    "Bloqué": "Blocked",
    "Annulé": "Cancelled",
    "Incertain": "Uncertain",
    "Pas encore envoyé : il attend son tour.": "Not sent yet: waiting for its turn.",
    "En cours d'envoi au fournisseur.": "Being sent to the provider.",
    "Accepté par le fournisseur ; l'accusé de réception n'est pas encore arrivé "
    "(téléphone éteint, par exemple).": (
        "Accepted by the provider; the delivery report has not arrived yet "
        "(phone switched off, for example)."
    ),
    "Remis au téléphone du client.": "Delivered to the customer's phone.",
    "Non remis.": "Not delivered.",
    "Non remis : le téléphone est resté injoignable trop longtemps.": (
        "Not delivered: the phone stayed unreachable for too long."
    ),
    "Refusé par le fournisseur ou l'opérateur.": "Rejected by the provider or the operator.",
    "Non envoyé : numéro inutilisable ou client désinscrit (STOP).": (
        "Not sent: unusable number or unsubscribed customer (STOP)."
    ),
    "Non envoyé : l'envoi a été annulé.": "Not sent: the send was cancelled.",
    "L'envoi a été interrompu : le fournisseur l'a peut-être reçu. "
    "Vérifiez avant de le renvoyer.": (
        "The send was interrupted: the provider may have received it. Check before resending it."
    ),
    "Identifiant": "Identifier",
    "Date d'envoi": "Sending date",
    "N° Téléphone": "Phone number",
    "Client": "Customer",
    "Message": "Message",
    "Lecture de l'historique impossible : %1": "Cannot read the history: %1",
    "Code du fournisseur : %1": "Provider code: %1",
    "Pas d'identifiant : le message n'est pas parvenu au fournisseur.": (
        "No identifier: the message never reached the provider."
    ),
    "Détail du message": "Message details",
    "Ce message n'existe plus.": "This message no longer exists.",
    "Notification": "Notification",
    "Publicité": "Marketing",
    "Motif": "Reason",
    "aucun (non parvenu au fournisseur)": "none (never reached the provider)",
    "Créé le": "Created",
    "Envoyé le": "Sent",
    "Terminé le": "Finished",
    "SMS": "SMS",
    "%1 SMS (%2), %3 tentative(s)": "%1 SMS (%2), %3 attempt(s)",
    "Fournisseur": "Provider",
    "Expéditeur": "Sender",
    "celui du fournisseur": "the provider's",
    "Type d'envoi": "Kind of send",
    "Envoi n°": "Send no.",
    "(renvoi de l'envoi n° %1)": "(resend of send no. %1)",
    "Message :": "Message:",
    "Suivi (chaque changement de statut) :": "Tracking (every status change):",
    "Date": "Date",
    "Code": "Code",
    "Détail": "Detail",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    text = TS.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", header)
    TS.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    for source in missing:
        print(f"no English for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
