<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>ColumnMappingDialog</name>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="53" />
      <source>Colonnes de la liste</source>
      <translation>List columns</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="56" />
      <source>la liste</source>
      <translation>the list</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="59" />
      <source>Les colonnes de « {name} » n'ont pas été reconnues. Indiquez quelle colonne contient le numéro de téléphone et quelles colonnes forment le nom du client.</source>
      <translation>The columns of “{name}” were not recognised. Choose the column that holds the phone number and the columns that make up the customer's name.</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="65" />
      <source>La première ligne contient les titres des colonnes</source>
      <translation>The first row holds the column titles</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="84" />
      <source>Se souvenir de ce choix pour les listes de même présentation</source>
      <translation>Remember this choice for lists with the same layout</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="91" />
      <source>Importer</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="92" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="97" />
      <source>Numéro de téléphone :</source>
      <translation>Phone number:</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="98" />
      <source>Nom (une ou plusieurs colonnes) :</source>
      <translation>Name (one or more columns):</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="104" />
      <source>Aperçu des premières lignes :</source>
      <translation>Preview of the first rows:</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="127" />
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="130" />
      <source>Colonne {letter}</source>
      <translation>Column {letter}</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="139" />
      <source>— choisir une colonne —</source>
      <translation>— choose a column —</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="194" />
      <source>☎ Numéro</source>
      <translation>☎ Number</translation>
    </message>
    <message>
      <location filename="../../ellipses_sms/ui/column_mapping_dialog.py" line="196" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <source>Annulation…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>CSV (*.csv *.txt)</source>
      <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Classeurs Excel (*.xlsx *.xls)</source>
      <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
      <source>Classeurs OpenDocument (*.ods)</source>
      <translation>OpenDocument spreadsheets (*.ods)</translation>
    </message>
    <message>
      <source>Enregistrement de la liste</source>
      <translation>Saving the list</translation>
    </message>
    <message>
      <source>Enregistrement de « {name} »…</source>
      <translation>Saving “{name}”…</translation>
    </message>
    <message>
      <source>Enregistrer la liste de diffusion</source>
      <translation>Save the distribution list</translation>
    </message>
    <message>
      <source>Lecture de « {name} »…</source>
      <translation>Reading “{name}”…</translation>
    </message>
    <message>
      <source>Liste CSV pour Excel (*.csv)</source>
      <translation>CSV list for Excel (*.csv)</translation>
    </message>
    <message>
      <source>Listes (*.csv *.xlsx *.xls *.ods *.txt)</source>
      <translation>Lists (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
      <source>Ouverture de la liste</source>
      <translation>Opening the list</translation>
    </message>
    <message>
      <source>Ouvrir des listes de diffusion</source>
      <translation>Open distribution lists</translation>
    </message>
    <message>
      <source>Ouvrir une liste de diffusion</source>
      <translation>Open a distribution list</translation>
    </message>
    <message>
      <source>Tous les fichiers (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Veuillez patienter</source>
      <translation>Please wait</translation>
    </message>
    <message>
      <source>« {name} » n'a pas pu être enregistré ({error}). Le fichier précédent est intact.</source>
      <translation>“{name}” could not be saved ({error}). The previous file is intact.</translation>
    </message>
    <message>
      <source>« {name} » n'a pas pu être lu ({error}).</source>
      <translation>“{name}” could not be read ({error}).</translation>
    </message>
  </context>
</TS>