<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- « Lignes non importées » (ellipses_sms/ui/report_dialog.py) in English. -->
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name>ReportDialog</name>
    <message>
        <source>Lignes non importées</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>Certaines lignes n'ont pas été importées. Corrigez-les dans le fichier puis rouvrez-le : les numéros déjà présents ne seront pas ajoutés deux fois.</source>
        <translation>Some rows were not imported. Correct them in the file and open it again: numbers already in the table will not be added twice.</translation>
    </message>
    <message>
        <source>Certains clients n'ont pas été importés. Corrigez leur fiche dans le logiciel de la librairie puis relancez l'import : les numéros déjà présents ne seront pas ajoutés deux fois.</source>
        <translation>Some customers were not imported. Correct their records in the bookstore software and import again: numbers already in the table will not be added twice.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Enregistrer le compte rendu</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Texte (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) non importé(s).</source>
        <translation>
            <numerusform>%Ln customer not imported.</numerusform>
            <numerusform>%Ln customers not imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
