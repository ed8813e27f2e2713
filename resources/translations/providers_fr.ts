<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BookstoreSettings</name>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="300"/>
        <source>Base de démonstration : %Ln clients fictifs, pour essayer l&apos;import et les avis. Choisissez la base de la librairie pour vos vrais clients.</source>
        <translation>
            <numerusform>Base de démonstration : %Ln client fictif, pour essayer l&apos;import et les avis. Choisissez la base de la librairie pour vos vrais clients.</numerusform>
            <numerusform>Base de démonstration : %Ln clients fictifs, pour essayer l&apos;import et les avis. Choisissez la base de la librairie pour vos vrais clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="315"/>
        <source>Base ouverte (%n tables), mais sans table « clients » : les scripts fournis n&apos;y trouveront pas les clients. Est-ce bien la base de la librairie ?</source>
        <translation>
            <numerusform>Base ouverte (%n table), mais sans table « clients » : les scripts fournis n&apos;y trouveront pas les clients. Est-ce bien la base de la librairie ?</numerusform>
            <numerusform>Base ouverte (%n tables), mais sans table « clients » : les scripts fournis n&apos;y trouveront pas les clients. Est-ce bien la base de la librairie ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="323"/>
        <source>Connexion réussie : %Ln clients</source>
        <translation>
            <numerusform>Connexion réussie : %Ln client</numerusform>
            <numerusform>Connexion réussie : %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="324"/>
        <source> (%n tables dans la base).</source>
        <translation>
            <numerusform> (%n table dans la base).</numerusform>
            <numerusform> (%n tables dans la base).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingSettings</name>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="109"/>
        <source>Nouvelles tentatives si le fournisseur ne répond pas : %n fois</source>
        <translation>
            <numerusform>Nouvelles tentatives si le fournisseur ne répond pas : %n fois</numerusform>
            <numerusform>Nouvelles tentatives si le fournisseur ne répond pas : %n fois</numerusform>
        </translation>
    </message>
</context>
</TS>
