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
    <message>
        <source>le client a répondu STOP</source>
        <translation>the customer answered STOP</translation>
    </message>
    <message>
        <source>pas un mobile</source>
        <translation>not a mobile</translation>
    </message>
    <message>
        <source>envoi vers ce pays non autorisé sur le compte Twilio</source>
        <translation>sending to this country not allowed on the Twilio account</translation>
    </message>
    <message>
        <source>téléphone éteint ou injoignable</source>
        <translation>phone off or unreachable</translation>
    </message>
    <message>
        <source>numéro inconnu</source>
        <translation>unknown number</translation>
    </message>
    <message>
        <source>ligne fixe ou opérateur injoignable</source>
        <translation>landline or carrier unreachable</translation>
    </message>
    <message>
        <source>filtré par l&apos;opérateur</source>
        <translation>filtered by the carrier</translation>
    </message>
    <message>
        <source>erreur inconnue</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Twilio demande de ralentir (trop de requêtes)</source>
        <translation>Twilio asks to slow down (too many requests)</translation>
    </message>
    <message>
        <source>réponse de Twilio sans identifiant de message</source>
        <translation>answer from Twilio without a message identifier</translation>
    </message>
    <message>
        <source>solde indisponible chez Twilio (un sous-compte n&apos;a pas de solde)</source>
        <translation>balance unavailable at Twilio (a subaccount has no balance)</translation>
    </message>
    <message>
        <source>réponse de Twilio illisible pour le solde</source>
        <translation>unreadable answer from Twilio for the balance</translation>
    </message>
    <message>
        <source>États des messages : interrogation régulière du fournisseur.</source>
        <translation>Message states: the provider is asked regularly.</translation>
    </message>
    <message>
        <source>Sans adresse publique des accusés de réception, les messages restent « Envoyé » (pas d&apos;interrogation possible chez ce fournisseur).</source>
        <translation>Without a public address for delivery reports, messages stay “Sent” (this provider cannot be asked).</translation>
    </message>
    <message>
        <source>les états seront demandés au fournisseur</source>
        <translation>the states will be asked of the provider</translation>
    </message>
    <message>
        <source>les accusés de réception ne seront pas reçus ici</source>
        <translation>delivery reports will not be received here</translation>
    </message>
    <message>
        <source>paramètre manquant</source>
        <translation>missing parameter</translation>
    </message>
    <message>
        <source>paramètre invalide</source>
        <translation>invalid parameter</translation>
    </message>
    <message>
        <source>numéro non routable</source>
        <translation>number not routable</translation>
    </message>
    <message>
        <source>numéro bloqué (liste noire)</source>
        <translation>number blocked (black list)</translation>
    </message>
    <message>
        <source>message trop long</source>
        <translation>message too long</translation>
    </message>
    <message>
        <source>destination non autorisée (compte de démonstration : numéro non inscrit)</source>
        <translation>destination not allowed (demo account: number not registered)</translation>
    </message>
    <message>
        <source>numéro désactivé</source>
        <translation>number deactivated</translation>
    </message>
    <message>
        <source>identifiants refusés par Vonage : vérifiez la clé et le secret d&apos;API</source>
        <translation>credentials refused by Vonage: check the API key and secret</translation>
    </message>
    <message>
        <source>compte Vonage bloqué</source>
        <translation>Vonage account blocked</translation>
    </message>
    <message>
        <source>crédit épuisé chez Vonage</source>
        <translation>no credit left at Vonage</translation>
    </message>
    <message>
        <source>compte Vonage non autorisé pour l&apos;envoi HTTP</source>
        <translation>Vonage account not allowed to send over HTTP</translation>
    </message>
    <message>
        <source>signature refusée par Vonage</source>
        <translation>signature refused by Vonage</translation>
    </message>
    <message>
        <source>expéditeur refusé par Vonage</source>
        <translation>sender refused by Vonage</translation>
    </message>
    <message>
        <source>code réseau refusé par Vonage (réglage du compte ou de la requête)</source>
        <translation>network code refused by Vonage (a setting of the account or of the request)</translation>
    </message>
    <message>
        <source>adresse de rappel des accusés refusée par Vonage (trop longue ou caractères interdits) : vérifiez l&apos;adresse publique des accusés de réception</source>
        <translation>callback address for reports refused by Vonage (too long or forbidden characters): check the public address for delivery reports</translation>
    </message>
    <message>
        <source>requête signée et secret d&apos;API envoyés ensemble : Vonage refuse les deux à la fois (désactivez la signature des requêtes du compte ou ne l&apos;utilisez pas ici)</source>
        <translation>signed request and API secret sent together: Vonage refuses both at once (turn off the account&apos;s request signing, or do not use it here)</translation>
    </message>
    <message>
        <source>Vonage demande de ralentir (trop de messages par seconde)</source>
        <translation>Vonage asks to slow down (too many messages per second)</translation>
    </message>
    <message>
        <source>erreur interne de Vonage</source>
        <translation>Vonage internal error</translation>
    </message>
    <message>
        <source>trop de connexions simultanées à Vonage (Too Many Existing Binds)</source>
        <translation>too many simultaneous connections to Vonage (Too Many Existing Binds)</translation>
    </message>
    <message>
        <source>abonné absent (temporaire)</source>
        <translation>subscriber absent (temporary)</translation>
    </message>
    <message>
        <source>abonné absent (définitif)</source>
        <translation>subscriber absent (permanent)</translation>
    </message>
    <message>
        <source>appels bloqués par l&apos;abonné</source>
        <translation>calls blocked by the subscriber</translation>
    </message>
    <message>
        <source>erreur de portabilité</source>
        <translation>number portability error</translation>
    </message>
    <message>
        <source>rejeté par l&apos;anti-spam</source>
        <translation>rejected by the anti-spam</translation>
    </message>
    <message>
        <source>téléphone occupé</source>
        <translation>phone busy</translation>
    </message>
    <message>
        <source>erreur réseau</source>
        <translation>network error</translation>
    </message>
    <message>
        <source>le client s&apos;est désabonné (STOP)</source>
        <translation>the customer unsubscribed (STOP)</translation>
    </message>
    <message>
        <source>message refusé</source>
        <translation>message refused</translation>
    </message>
    <message>
        <source>non routable</source>
        <translation>not routable</translation>
    </message>
    <message>
        <source>destinataire injoignable</source>
        <translation>recipient unreachable</translation>
    </message>
    <message>
        <source>restriction d&apos;âge de l&apos;abonné</source>
        <translation>subscriber&apos;s age restriction</translation>
    </message>
    <message>
        <source>numéro bloqué par l&apos;opérateur</source>
        <translation>number blocked by the carrier</translation>
    </message>
    <message>
        <source>non remis</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <source>délai de remise dépassé</source>
        <translation>delivery time-out</translation>
    </message>
    <message>
        <source>Connexion réussie : Kannel a accepté les identifiants.</source>
        <translation>Connected: Kannel accepted the credentials.</translation>
    </message>
    <message>
        <source>Port choisi au démarrage : les accusés des messages envoyés avant un redémarrage n&apos;arriveront pas (fixez dlr_port).</source>
        <translation>Port chosen at start-up: the reports of messages sent before a restart will not arrive (set dlr_port).</translation>
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
