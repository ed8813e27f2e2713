<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French is the source language; this file only gives the plural forms of counted sentences
     (Qt's %n), which the source text cannot hold: 0 and 1 take the singular in French. -->
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py"/>
        <source>Renvoyer %Ln message(s) en échec ? Un nouvel envoi sera créé.</source>
        <translation>
            <numerusform>Renvoyer %Ln message en échec ? Un nouvel envoi sera créé.</numerusform>
            <numerusform>Renvoyer %Ln messages en échec ? Un nouvel envoi sera créé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py"/>
        <source>%Ln message(s) sélectionné(s) ne seront pas renvoyés : déjà remis, en attente, ou bloqués (numéro invalide, client désinscrit).</source>
        <translation>
            <numerusform>%Ln message sélectionné ne sera pas renvoyé : déjà remis, en attente, ou bloqué (numéro invalide, client désinscrit).</numerusform>
            <numerusform>%Ln messages sélectionnés ne seront pas renvoyés : déjà remis, en attente, ou bloqués (numéro invalide, client désinscrit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py"/>
        <source>%Ln message(s) exporté(s) dans %1</source>
        <translation>
            <numerusform>%Ln message exporté dans %1</numerusform>
            <numerusform>%Ln messages exportés dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailDialog</name>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py"/>
        <source>%Ln SMS (%1)</source>
        <translation>
            <numerusform>%Ln SMS (%1)</numerusform>
            <numerusform>%Ln SMS (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py"/>
        <source>%Ln tentative(s)</source>
        <translation>
            <numerusform>%Ln tentative</numerusform>
            <numerusform>%Ln tentatives</numerusform>
        </translation>
    </message>
</context>
</TS>
