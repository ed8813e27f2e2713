<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ListReport</name>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="37" />
        <source>Liste « %1 » : </source>
        <translation>List “%1”: </translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="39" />
        <source>Liste : </source>
        <translation>List: </translation></message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/report_text.py" line="42" />
        <source>%n destinataire(s) importé(s)</source>
        <translation><numerusform>%n recipient imported</numerusform><numerusform>%n recipients imported</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/report_text.py" line="43" />
        <source>%n ligne(s) refusée(s)</source>
        <translation><numerusform>%n row refused</numerusform><numerusform>%n rows refused</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/report_text.py" line="44" />
        <source>%n doublon(s)</source>
        <translation><numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="49" />
        <source>Lignes non importées :</source>
        <translation>Rows not imported:</translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="53" />
        <source>ligne %1 : %2</source>
        <translation>row %1: %2</translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="59" />
        <source>Doublons (numéro déjà présent, gardé une seule fois) :</source>
        <translation>Duplicates (number already there, kept once):</translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="63" />
        <source>ligne %1 : même numéro que la ligne %2 (%3)</source>
        <translation>row %1: same number as row %2 (%3)</translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="74" />
        <source>ligne %1 : %2 — </source>
        <translation>row %1: %2 — </translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="76" />
        <source>(sans nom)</source>
        <translation>(no name)</translation></message>
    <message>
        <location filename="../../ellipses_sms/ui/report_text.py" line="79" />
        <source>« %1 » : </source>
        <translation>“%1”: </translation></message>
</context>
</TS>