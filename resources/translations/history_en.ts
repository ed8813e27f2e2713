<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ConsumptionDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="157" />
        <source>Consommation de SMS</source>
        <translation>SMS usage</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="169" />
        <source> derniers mois</source>
        <translation> last months</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="178" />
        <source>Le prix que votre fournisseur facture pour un SMS (une partie de message)</source>
        <translation>The price your provider charges for one SMS (one message part)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="182" />
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="185" />
        <source>Prix d'un SMS :</source>
        <translation>Price of one SMS:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="189" />
        <source>Crédit restant chez le fournisseur : …</source>
        <translation>Credit left with the provider: …</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="195" />
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="196" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="197" />
        <source>SMS utilisés</source>
        <translation>SMS used</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="198" />
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="199" />
        <source>Échecs</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="200" />
        <source>Coût estimé</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="204" />
        <source>Les crédits consommés : un message long compte pour plusieurs SMS.</source>
        <translation>The credits used: a long message counts as several SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="218" />
        <source>Aucun SMS envoyé sur cette période</source>
        <translation>No SMS sent in this period</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="221" />
        <source>Coût estimé = SMS utilisés × prix d'un SMS. Les messages refusés avant l'envoi (numéro invalide, client désinscrit) ne consomment pas de crédit.</source>
        <translation>Estimated cost = SMS used × price of one SMS. Messages refused before sending (invalid number, unsubscribed customer) use no credit.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="228" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="259" />
        <source>Lecture impossible : %1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="276" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="283" />
        <source>SMS utilisés par mois</source>
        <translation>SMS used per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="312" />
        <source>bac à sable, démonstration sans SMS réel</source>
        <translation>sandbox, a demo with no real SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="324" />
        <source>non communiqué</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="337" />
        <source>non communiqué (%1)</source>
        <translation>not provided (%1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/consumption_dialog.py" line="345" />
        <source>Crédit restant chez le fournisseur « %1 » : %2</source>
        <translation>Credit left with the provider “%1”: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="88" />
        <source>Historique des envois</source>
        <translation>Sending history</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="106" />
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="107" />
        <source>Succès (messages reçus)</source>
        <translation>Success (messages received)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="108" />
        <source>Échecs (en erreur, non reçus)</source>
        <translation>Failures (errors, not received)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="109" />
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="113" />
        <source>Numéro ou nom du client</source>
        <translation>Number or customer name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="116" />
        <source>Go !</source>
        <translation>Go!</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="118" />
        <source>Afficher les messages de ces dates (Entrée)</source>
        <translation>Show the messages of these dates (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="122" />
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="124" />
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="127" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="130" />
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="169" />
        <source>Double-cliquez sur un message pour voir son détail et son suivi.</source>
        <translation>Double-click a message to see its details and tracking.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="171" />
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="278" />
        <source>Renvoyer les échecs…</source>
        <translation>Resend failures…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="174" />
        <source>Renvoie les messages sélectionnés qui ont échoué, dans un nouvel envoi lié à l'ancien. Sélectionnez-les d'abord (Ctrl ou Maj + clic).</source>
        <translation>Resends the selected failed messages, in a new send linked to the old one. Select them first (Ctrl or Shift + click).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="180" />
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="182" />
        <source>Enregistrer les messages affichés dans un fichier Excel (.xlsx) ou CSV</source>
        <translation>Save the messages shown to an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="188" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="229" />
        <source>La date de début est après la date de fin.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="232" />
        <source>Recherche en cours…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="236" />
        <source>Total nombre de messages : %1</source>
        <translation>Total number of messages: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="237" />
        <source>SMS utilisés : %1</source>
        <translation>SMS used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="276" />
        <source>Renvoyer les échecs (%1)…</source>
        <translation>Resend failures (%1)…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="298" />
        <source>Renvoyer</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="309" />
        <source>Renvoi en cours…</source>
        <translation>Resending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="320" />
        <source>Aucun de ces messages ne peut être renvoyé.</source>
        <translation>None of these messages can be resent.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="326" />
        <source>Le renvoi n'a pas pu se faire : %1</source>
        <translation>The resend could not be done: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="343" />
        <source>Exporter l'historique</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="345" />
        <source>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="360" />
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="404" />
        <source>Détail du message</source>
        <translation>Message details</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="405" />
        <source>Le détail n'a pas pu être lu : %1</source>
        <translation>The detail could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="287" />
        <source>Renvoyer %Ln message(s) en échec ? Un nouvel envoi sera créé.</source>
        <translation>
            <numerusform>Resend %Ln failed message? A new send will be created.</numerusform>
            <numerusform>Resend %Ln failed messages? A new send will be created.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="241" />
        <source>Comme dans Consommation : les SMS des messages acceptés par le fournisseur (ses crédits). Un message long compte pour plusieurs SMS ; un message qui n'est pas parti (bloqué, annulé, en attente) n'en utilise aucun.</source>
        <translation>As in SMS usage: the SMS of the messages the provider accepted (its credits). A long message counts as several SMS; a message that did not go (blocked, cancelled, waiting) uses none.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="291" />
        <source>%Ln message(s) sélectionné(s) ne seront pas renvoyés : déjà remis, en attente, ou bloqués (numéro invalide, client désinscrit).</source>
        <translation>
            <numerusform>%Ln selected message will not be resent: already delivered, pending, or blocked (invalid number, unsubscribed customer).</numerusform>
            <numerusform>%Ln selected messages will not be resent: already delivered, pending, or blocked (invalid number, unsubscribed customer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="368" />
        <source>%Ln message(s) exporté(s) dans %1</source>
        <translation>
            <numerusform>%Ln message exported to %1</numerusform>
            <numerusform>%Ln messages exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="167" />
        <source>Pas encore envoyé : il attend son tour.</source>
        <translation>Not sent yet: waiting for its turn.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="168" />
        <source>En cours d'envoi au fournisseur.</source>
        <translation>Being sent to the provider.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="170" />
        <source>Accepté par le fournisseur ; l'accusé de réception n'est pas encore arrivé (téléphone éteint, par exemple).</source>
        <translation>Accepted by the provider; the delivery report has not arrived yet (phone switched off, for example).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="173" />
        <source>Remis au téléphone du client.</source>
        <translation>Delivered to the customer's phone.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="174" />
        <source>Non remis.</source>
        <translation>Not delivered.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="175" />
        <source>Non remis : le téléphone est resté injoignable trop longtemps.</source>
        <translation>Not delivered: the phone stayed unreachable for too long.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="176" />
        <source>Refusé par le fournisseur ou l'opérateur.</source>
        <translation>Rejected by the provider or the operator.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="177" />
        <source>Non envoyé : numéro inutilisable ou client désinscrit (STOP).</source>
        <translation>Not sent: unusable number or unsubscribed customer (STOP).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="178" />
        <source>Non envoyé : l'envoi a été annulé.</source>
        <translation>Not sent: the send was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="180" />
        <source>L'envoi a été interrompu : le fournisseur l'a peut-être reçu. Vérifiez avant de le renvoyer.</source>
        <translation>The send was interrupted: the provider may have received it. Check before resending it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="185" />
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="186" />
        <source>Date d'envoi</source>
        <translation>Sending date</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="187" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="188" />
        <source>N° Téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="189" />
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="190" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="260" />
        <source>Lecture de l'historique impossible : %1</source>
        <translation>Cannot read the history: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="398" />
        <source>Code du fournisseur : %1</source>
        <translation>Provider code: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="404" />
        <source>Envoi non confirmé par le fournisseur (enregistré le %1)</source>
        <translation>Not confirmed by the provider (recorded on %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="406" />
        <source>Pas envoyé (enregistré le %1)</source>
        <translation>Not sent (recorded on %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_model.py" line="409" />
        <source>Pas d'identifiant : le message n'est pas parvenu au fournisseur.</source>
        <translation>No identifier: the message never reached the provider.</translation>
    </message>
</context>
<context>
    <name>MessageDetailDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="443" />
        <source>Détail du message</source>
        <translation>Message details</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="447" />
        <source>Ce message n'existe plus.</source>
        <translation>This message no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="458" />
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="507" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="459" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="460" />
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="461" />
        <source>N° Téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="463" />
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="464" />
        <source>aucun (non parvenu au fournisseur)</source>
        <translation>none (never reached the provider)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="466" />
        <source>Créé le</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="467" />
        <source>Envoyé le</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="468" />
        <source>Terminé le</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="470" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="477" />
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="478" />
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="478" />
        <source>celui du fournisseur</source>
        <translation>the provider's</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="479" />
        <source>Type d'envoi</source>
        <translation>Kind of send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="481" />
        <source>Envoi n°</source>
        <translation>Send no.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="484" />
        <source>(renvoi de l'envoi n° %1)</source>
        <translation>(resend of send no. %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="499" />
        <source>Message :</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="504" />
        <source>Suivi (chaque changement de statut) :</source>
        <translation>Tracking (every status change):</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="507" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="507" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="507" />
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="531" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="471" />
        <source>%Ln SMS (%1)</source>
        <translation>
            <numerusform>%Ln SMS (%1)</numerusform>
            <numerusform>%Ln SMS (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/history_dialog.py" line="475" />
        <source>%Ln tentative(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
</context>
</TS>