<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Services</name>
    <message>
        <source>Numéro vide</source>
        <translation>Empty number</translation>
    </message>
    <message>
        <source>Ce n'est pas un numéro de téléphone</source>
        <translation>This is not a phone number</translation>
    </message>
    <message>
        <source>Numéro trop court</source>
        <translation>Number too short</translation>
    </message>
    <message>
        <source>Numéro trop long</source>
        <translation>Number too long</translation>
    </message>
    <message>
        <source>Numéro invalide : aucun numéro de ce type n'existe</source>
        <translation>Invalid number: no such number exists</translation>
    </message>
    <message>
        <source>Indicatif de pays inconnu</source>
        <translation>Unknown country code</translation>
    </message>
    <message>
        <source>Ce numéro n'est pas un mobile : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is not a mobile: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est une ligne fixe : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a landline: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro VoIP (09) : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a VoIP number (09): SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro VoIP : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a VoIP number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro gratuit (0800) : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a toll-free number (0800): SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro gratuit : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a toll-free number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro surtaxé : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a premium-rate number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro de service à coût partagé : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a shared-cost service number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro de service (accès universel) : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a universal access service number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro de radiomessagerie (bipeur) : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a pager number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro personnel (renvoi d'appel) : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a personal (call forwarding) number: SMS can only be sent to mobile phones</translation>
    </message>
    <message>
        <source>Ce numéro est un numéro de messagerie vocale : les SMS ne peuvent être envoyés qu'à des mobiles</source>
        <translation>This number is a voicemail number: SMS can only be sent to mobile phones</translation>
    </message>
</context>
</TS>
