"""Fill import_en.ts with the English texts (run after pyside6-lupdate adds new strings).

python resources/translations/fill_import_en.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("import_en.ts")

EN = {
    "Importer depuis la base librairie": "Import from the bookstore database",
    "Paramètres": "Parameters",
    "Aperçu": "Preview",
    "Compter les clients trouvés et montrer les premières lignes": (
        "Count the customers found and show the first rows"
    ),
    "Exécuter": "Run",
    "Importer les clients trouvés dans les destinataires": (
        "Import the customers found into the recipients"
    ),
    "Annuler": "Cancel",
    "Arrêter la requête en cours": "Stop the running query",
    "Remplacer les destinataires actuels": "Replace the current recipients",
    "Ajouter à la suite des destinataires actuels": "Add after the current recipients",
    "La liste des destinataires n'est pas vide": "The recipient list is not empty",
    "Lignes refusées": "Refused rows",
    "Ouvrir le dossier": "Open the folder",
    "Actualiser la liste": "Refresh the list",
    "Relire les scripts (après en avoir modifié un)": "Read the scripts again (after editing one)",
    "Fermer": "Close",
    "Base librairie : %1": "Bookstore database: %1",
    "Base librairie : base de démonstration (%1). Réglez l'adresse de la vraie base dans "
    "les réglages (bookstore_url).": (
        "Bookstore database: demo database (%1). Set the address of the real database in the "
        "settings (bookstore_url)."
    ),
    "Scripts de la librairie (fichiers .sql) : %1": "The bookstore's scripts (.sql files): %1",
    "⚠ %1 (erreur)": "⚠ %1 (error)",
    "%1 (librairie)": "%1 (bookstore)",
    "Ce script ne peut pas être exécuté. Corrigez le fichier %1 puis cliquez sur "
    "« Actualiser la liste ».": (
        "This script cannot be run. Fix the file %1, then click “Refresh the list”."
    ),
    "(sans description)": "(no description)",
    "Marketing : seuls les clients qui ont accepté « Recevoir les News par SMS » sont importés.": (
        "Marketing: only the customers who accepted “Receive the news by SMS” are imported."
    ),
    "Notification (message de service).": "Notification (service message).",
    "Par défaut : %1": "Default: %1",
    "Recherche des clients…": "Looking for the customers…",
    "Annulation…": "Cancelling…",
    "Requête annulée : rien n'a été importé.": "Query cancelled: nothing was imported.",
    "Erreur : %1": "Error: %1",
    "Aucun destinataire à importer : %1.": "No recipient to import: %1.",
    "Aperçu (%1 premières lignes sur %2)": "Preview (first %1 rows of %2)",
    "Aperçu (%1 lignes)": "Preview (%1 rows)",
    "Lignes refusées (%1)": "Refused rows (%1)",
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
