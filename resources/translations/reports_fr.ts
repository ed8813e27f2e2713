<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ListReport</name>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/report_text.py" line="42" />
        <source>%n destinataire(s) importé(s)</source>
        <translation><numerusform>%n destinataire importé</numerusform><numerusform>%n destinataires importés</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/report_text.py" line="43" />
        <source>%n ligne(s) refusée(s)</source>
        <translation><numerusform>%n ligne refusée</numerusform><numerusform>%n lignes refusées</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/report_text.py" line="44" />
        <source>%n doublon(s)</source>
        <translation><numerusform>%n doublon</numerusform><numerusform>%n doublons</numerusform></translation></message>
    </context>
</TS>