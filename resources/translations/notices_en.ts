<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Avis de réception</source>
        <translation>Arrival notices</translation>
    </message>
</context>
<context>
    <name>NoticeSettings</name>
    <message>
        <source>Le programme regarde dans la base de la librairie si des commandes sont arrivées, à cet intervalle, tant que la fenêtre ou le service est ouvert.</source>
        <translation>The program looks in the bookstore&apos;s database for orders that arrived, at this interval, while the window or the service is open.</translation>
    </message>
    <message>
        <source>fourni</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>de la librairie</source>
        <translation>the bookstore&apos;s</translation>
    </message>
    <message>
        <source>Le script qui donne les commandes reçues. Un script de la librairie portant le même nom de fichier remplace celui fourni.</source>
        <translation>The script that gives the received orders. A bookstore script with the same file name replaces the shipped one.</translation>
    </message>
    <message>
        <source>Commandes reçues trouvées par :</source>
        <translation>Received orders found by:</translation>
    </message>
    <message>
        <source>Un seul « Rappel commande » par commande reçue et pas encore retirée ; « jamais » : pas de rappel.</source>
        <translation>Only one “Order reminder” per order received and not yet collected; “never”: no reminder.</translation>
    </message>
    <message>
        <source>Avis de réception automatiques</source>
        <translation>Automatic arrival notices</translation>
    </message>
    <message>
        <source>Quand une commande arrive, le client dont la fiche a « Alertes SMS (réception) » cochée reçoit un SMS, une seule fois, sans intervention.</source>
        <translation>When an order arrives, the customer whose card has “SMS alerts (arrival)” ticked gets one SMS, once, with nobody at the screen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Chercher les réceptions toutes les :</source>
        <translation>Look for arrivals every:</translation>
    </message>
    <message>
        <source>Envoyer les avis à partir de :</source>
        <translation>Send notices from:</translation>
    </message>
    <message>
        <source>et jusqu'à :</source>
        <translation>until:</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Rappel des commandes non retirées après :</source>
        <translation>Remind of orders not collected after:</translation>
    </message>
    <message>
        <source>Hors de ces heures, un avis attend l'heure d'ouverture. Le logiciel de la librairie peut aussi appeler « ellipses-sms notify reception --order N ».</source>
        <translation>Outside these hours, a notice waits for the opening time. The bookstore software can also run “ellipses-sms notify reception --order N”.</translation>
    </message>
    <message>
        <source>L'heure de début des avis doit précéder l'heure de fin.</source>
        <translation>The notices' start time must come before their end time.</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Avis non envoyés</source>
        <translation>Notices not sent</translation>
    </message>
    <message>
        <source>Ces clients n'ont pas reçu l'avis d'arrivée de leur commande : appelez-les. Un avis non envoyé n'est pas réessayé.</source>
        <translation>These customers did not get the arrival notice of their order: call them. A notice not sent is not tried again.</translation>
    </message>
    <message>
        <source>Noté le</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lecture…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aucun avis non envoyé.</source>
        <translation>No notice left unsent.</translation>
    </message>
    <message>
        <source>1 avis non envoyé.</source>
        <translation>1 notice not sent.</translation>
    </message>
    <message>
        <source>%1 avis non envoyés.</source>
        <translation>%1 notices not sent.</translation>
    </message>
    <message>
        <source>Lecture impossible : %1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>Avis non envoyés…</source>
        <translation>Notices not sent…</translation>
    </message>
    <message>
        <source>Les clients dont l'avis de réception n'a pas pu partir</source>
        <translation>The customers whose arrival notice could not go</translation>
    </message>
    <message>
        <source>Simuler une réception (démonstration)</source>
        <translation>Simulate an arrival (demo)</translation>
    </message>
    <message>
        <source>Marque reçue une commande de la base de démonstration et prévient le client</source>
        <translation>Marks an order of the demo database as arrived and notifies the customer</translation>
    </message>
    <message>
        <source>Simulation impossible : %1</source>
        <translation>Cannot simulate: %1</translation>
    </message>
</context>
</TS>
