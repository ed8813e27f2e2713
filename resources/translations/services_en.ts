<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Services</name>
    <message>
        <source>numéro manquant</source>
        <translation>number missing</translation>
    </message>
    <message>
        <source>ce n&apos;est pas un numéro de téléphone</source>
        <translation>not a phone number</translation>
    </message>
    <message>
        <source>numéro trop court</source>
        <translation>number too short</translation>
    </message>
    <message>
        <source>numéro trop long</source>
        <translation>number too long</translation>
    </message>
    <message>
        <source>numéro invalide</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>indicatif de pays inconnu</source>
        <translation>unknown country code</translation>
    </message>
    <message>
        <source>numéro fixe</source>
        <translation>landline number</translation>
    </message>
    <message>
        <source>numéro VoIP (pas un mobile)</source>
        <translation>VoIP number (not a mobile)</translation>
    </message>
    <message>
        <source>numéro gratuit (pas un mobile)</source>
        <translation>toll-free number (not a mobile)</translation>
    </message>
    <message>
        <source>numéro surtaxé (pas un mobile)</source>
        <translation>premium-rate number (not a mobile)</translation>
    </message>
    <message>
        <source>numéro de service (pas un mobile)</source>
        <translation>service number (not a mobile)</translation>
    </message>
    <message>
        <source>pas un numéro de mobile</source>
        <translation>not a mobile number</translation>
    </message>
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
    <message>
        <source>Le téléphone n&apos;a pas pu recevoir le message</source>
        <translation>The phone could not receive the message</translation>
    </message>
    <message>
        <source>Message expiré : téléphone éteint ou hors réseau</source>
        <translation>Message expired: phone off or out of coverage</translation>
    </message>
    <message>
        <source>Refusé par l&apos;opérateur du destinataire</source>
        <translation>Refused by the recipient&apos;s carrier</translation>
    </message>
    <message>
        <source>Trop de messages envoyés d&apos;un coup : le fournisseur demande de ralentir</source>
        <translation>Too many messages at once: the provider asks to slow down</translation>
    </message>
    <message>
        <source>Service du fournisseur momentanément indisponible</source>
        <translation>The provider&apos;s service is briefly unavailable</translation>
    </message>
    <message>
        <source>Numéro inconnu de l&apos;opérateur</source>
        <translation>Number unknown to the carrier</translation>
    </message>
    <message>
        <source>Le destinataire a demandé à ne plus recevoir de SMS (STOP)</source>
        <translation>The recipient asked to receive no more SMS (STOP)</translation>
    </message>
    <message>
        <source>Réseau de l&apos;opérateur saturé</source>
        <translation>The carrier&apos;s network is busy</translation>
    </message>
    <message>
        <source>le fournisseur</source>
        <translation>the provider</translation>
    </message>
    <message>
        <source>réponse vide</source>
        <translation>empty answer</translation>
    </message>
    <message>
        <source>réponse d&apos;erreur</source>
        <translation>error answer</translation>
    </message>
    <message>
        <source>le fournisseur signale une erreur</source>
        <translation>the provider reports an error</translation>
    </message>
    <message>
        <source>adresse du fournisseur invalide (http:// ou https://)</source>
        <translation>invalid provider address (http:// or https://)</translation>
    </message>
    <message>
        <source>codes HTTP de succès vides</source>
        <translation>no HTTP success codes</translation>
    </message>
    <message>
        <source>Numéro refusé par Kannel (liste blanche ou noire)</source>
        <translation>Number refused by Kannel (white or black list)</translation>
    </message>
    <message>
        <source>Aucune route vers ce numéro chez Kannel</source>
        <translation>No route to this number at Kannel</translation>
    </message>
    <message>
        <source>Nom d&apos;expéditeur manquant et aucun expéditeur par défaut dans Kannel</source>
        <translation>Sender name missing and no default sender in Kannel</translation>
    </message>
    <message>
        <source>Texte refusé par Kannel</source>
        <translation>Text refused by Kannel</translation>
    </message>
    <message>
        <source>Codage refusé par Kannel</source>
        <translation>Encoding refused by Kannel</translation>
    </message>
    <message>
        <source>Destinataire manquant</source>
        <translation>Recipient missing</translation>
    </message>
    <message>
        <source>Bac à sable prêt : aucun SMS réel n&apos;est envoyé.</source>
        <translation>Sandbox ready: no real SMS is sent.</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
</context>
</TS>
