<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French is the source language; this file only gives the plural forms of counted sentences
     (Qt's %n), which the source text cannot hold: 0 and 1 take the singular in French. -->
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%Ln client(s) non importé(s).</source>
        <translation>
            <numerusform>%Ln client non importé.</numerusform>
            <numerusform>%Ln clients non importés.</numerusform>
        </translation>
    </message>
</context>
</TS>
