<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French is the source language; this file only gives the plural forms of counted sentences
     (Qt's %n), which the source text cannot hold: 0 and 1 take the singular in French. -->
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="395"/>
        <source>%n client(s) trouvé(s) ; les {shown} premiers ci-dessous.</source>
        <translation>
            <numerusform>%n client trouvé ; les {shown} premiers ci-dessous.</numerusform>
            <numerusform>%n clients trouvés ; les {shown} premiers ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/import_dialog.py" line="425"/>
        <source>Importer %n destinataire(s)</source>
        <translation>
            <numerusform>Importer %n destinataire</numerusform>
            <numerusform>Importer %n destinataires</numerusform>
        </translation>
    </message>
</context>
</TS>
