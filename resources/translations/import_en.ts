<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="62"/>
        <source>Importer des clients depuis la base librairie</source>
        <translation>Import customers from the bookstore database</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="83"/>
        <source>Base librairie : {url}</source>
        <translation>Bookstore database: {url}</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="93"/>
        <source>Scripts (filtres) :</source>
        <translation>Scripts (filters):</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="105"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="107"/>
        <source>Le dossier où placer les scripts .sql propres à votre librairie</source>
        <translation>The folder for your bookstore&apos;s own .sql scripts</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="110"/>
        <source>Actualiser la liste</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="138"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="143"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="144"/>
        <source>Compter les clients et voir les premiers</source>
        <translation>Count the customers and show the first ones</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="146"/>
        <source>Exécuter</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="147"/>
        <source>Extraire les clients et préparer leur import</source>
        <translation>Extract the customers and prepare their import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="149"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="150"/>
        <source>Arrêter la requête en cours</source>
        <translation>Stop the running query</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="177"/>
        <source>Lignes refusées (numéro inutilisable)</source>
        <translation>Refused rows (unusable number)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="182"/>
        <source>La liste des destinataires n&apos;est pas vide :</source>
        <translation>The recipient list is not empty:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="184"/>
        <source>Ajouter à la suite</source>
        <translation>Add after the current ones</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="185"/>
        <source>Remplacer la liste</source>
        <translation>Replace the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="200"/>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="474"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="203"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="211"/>
        <source>base de démonstration ({path})</source>
        <translation>demo database ({path})</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="220"/>
        <source>Vos scripts : {folder}</source>
        <translation>Your scripts: {folder}</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="229"/>
        <source>{name} (librairie)</source>
        <translation>{name} (bookstore)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="273"/>
        <source>Ce script contient une erreur :</source>
        <translation>This script has an error:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="280"/>
        <source>Marketing : seulement les clients qui acceptent les news SMS.</source>
        <translation>Marketing: only customers who accept SMS news.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="283"/>
        <source>Information client (notification).</source>
        <translation>Customer information (notification).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="284"/>
        <source>(sans description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="362"/>
        <source>Recherche des clients…</source>
        <translation>Looking for customers…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="382"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="391"/>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="413"/>
        <source>Aucun client ne correspond à ces critères.</source>
        <translation>No customer matches these criteria.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="395"/>
        <source>%n client(s) trouvé(s) ; les {shown} premiers ci-dessous.</source>
        <translation>
            <numerusform>%n customer found; the first {shown} below.</numerusform>
            <numerusform>%n customers found; the first {shown} below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="405"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="405"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="417"/>
        <source>{good} destinataire(s) prêt(s) à importer, {bad} ligne(s) refusée(s) sur {rows}.</source>
        <translation>{good} recipient(s) ready to import, {bad} row(s) refused out of {rows}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="425"/>
        <source>Importer %n destinataire(s)</source>
        <translation>
            <numerusform>Import %n recipient</numerusform>
            <numerusform>Import %n recipients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="433"/>
        <source>Recherche annulée.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="439"/>
        <source>Erreur inattendue : {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
</TS>
