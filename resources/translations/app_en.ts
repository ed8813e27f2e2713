<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/about.py" line="56"/>
        <source>À propos d&apos;Ellipses SMS</source>
        <translation>About Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/about.py" line="67"/>
        <source>Envoi de SMS aux clients de la librairie, avec Ellipses 2000.</source>
        <translation>Sending SMS to the bookstore's customers, with Ellipses 2000.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/about.py" line="74"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/about.py" line="87"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/about.py" line="88"/>
        <source>À propos d&apos;Ellipses SMS…</source>
        <translation>About Ellipses SMS…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/about.py" line="97"/>
        <source>Ellipses SMS n&apos;a pas pu démarrer.

%1

Les détails sont dans le journal : %2</source>
        <translation>Ellipses SMS could not start.

%1

The details are in the log: %2</translation>
    </message>
</context>
</TS>
