<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="82" />
      <source>Importer depuis la base librairie</source>
      <translation>Import from the bookstore database</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="121" />
      <source>Paramètres</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="124" />
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="172" />
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="527" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="126" />
      <source>Compter les clients trouvés et montrer les premières lignes</source>
      <translation>Count the customers found and show the first rows</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="129" />
      <source>Exécuter</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="131" />
      <source>Importer les clients trouvés dans les destinataires</source>
      <translation>Import the customers found into the recipients</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="133" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="134" />
      <source>Arrêter la requête en cours</source>
      <translation>Stop the running query</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="152" />
      <source>Remplacer les destinataires actuels</source>
      <translation>Replace the current recipients</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="153" />
      <source>Ajouter à la suite des destinataires actuels</source>
      <translation>Add after the current recipients</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="158" />
      <source>La liste des destinataires n'est pas vide</source>
      <translation>The recipient list is not empty</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="173" />
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="528" />
      <source>Lignes refusées</source>
      <translation>Refused rows</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="199" />
      <source>Ouvrir le dossier</source>
      <translation>Open the folder</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="202" />
      <source>Actualiser la liste</source>
      <translation>Refresh the list</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="204" />
      <source>Relire les scripts (après en avoir modifié un)</source>
      <translation>Read the scripts again (after editing one)</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="213" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="260" />
      <source>Base librairie : %1</source>
      <translation>Bookstore database: %1</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="263" />
      <source>Base librairie : base de démonstration (%1). Réglez l'adresse de la vraie base dans les réglages (bookstore_url).</source>
      <translation>Bookstore database: demo database (%1). Set the address of the real database in the settings (bookstore_url).</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="269" />
      <source>Scripts de la librairie (fichiers .sql) : %1</source>
      <translation>The bookstore's scripts (.sql files): %1</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="297" />
      <source>⚠ %1 (erreur)</source>
      <translation>⚠ %1 (error)</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="299" />
      <source>%1 (librairie)</source>
      <translation>%1 (bookstore)</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="325" />
      <source>Ce script ne peut pas être exécuté. Corrigez le fichier %1 puis cliquez sur « Actualiser la liste ».</source>
      <translation>This script cannot be run. Fix the file %1, then click “Refresh the list”.</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="334" />
      <source>(sans description)</source>
      <translation>(no description)</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="338" />
      <source>Marketing : seuls les clients qui ont accepté « Recevoir les News par SMS » sont importés.</source>
      <translation>Marketing: only the customers who accepted “Receive the news by SMS” are imported.</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="342" />
      <source>Notification (message de service).</source>
      <translation>Notification (service message).</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="386" />
      <source>Par défaut : %1</source>
      <translation>Default: %1</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="437" />
      <source>Recherche des clients…</source>
      <translation>Looking for the customers…</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="467" />
      <source>Annulation…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="479" />
      <source>Requête annulée : rien n'a été importé.</source>
      <translation>Query cancelled: nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="481" />
      <source>Erreur : %1</source>
      <translation>Error: %1</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="490" />
      <source>Aucun destinataire à importer : %1.</source>
      <translation>No recipient to import: %1.</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="510" />
      <source>Aperçu (%1 premières lignes sur %2)</source>
      <translation>Preview (first %1 rows of %2)</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="514" />
      <source>Aperçu (%1 lignes)</source>
      <translation>Preview (%1 rows)</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/import_dialog.py" line="518" />
      <source>Lignes refusées (%1)</source>
      <translation>Refused rows (%1)</translation>
    </message>
  </context>
</TS>
