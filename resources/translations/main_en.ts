<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="175" />
        <source>Ellipses SMS</source>
        <extracomment>The dialogs built in their own issues; an action whose module is missing is greyed out. Removing this many selected rows or more asks first (fewer: Ctrl+Z is enough).</extracomment>
        <translation>Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="223" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="224" />
        <source>Bientôt disponible</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="231" />
        <source>Ouvrir une liste…</source>
        <translation>Open a list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="232" />
        <source>Ouvrir une liste de diffusion (CSV ou Excel) et l'ajouter aux destinataires</source>
        <translation>Open a mailing list (CSV or Excel) and add it to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="239" />
        <source>Enregistrer la liste…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="240" />
        <source>Enregistrer les destinataires comme liste de diffusion</source>
        <translation>Save the recipients as a mailing list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="247" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="613" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1102" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1167" />
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="248" />
        <source>Envoyer le message aux destinataires</source>
        <translation>Send the message to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="254" />
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="255" />
        <source>Accéder à l'historique des messages envoyés</source>
        <translation>Open the history of sent messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="262" />
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="263" />
        <source>Ajouter le contact à la liste des destinataires (Entrée)</source>
        <translation>Add the contact to the recipients (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="268" />
        <source>Importer depuis la base librairie…</source>
        <translation>Import from the bookstore database…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="269" />
        <source>Récupérer les destinataires depuis la base de la librairie (outil d'import)</source>
        <translation>Get recipients from the bookstore database (import tool)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="276" />
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="277" />
        <source>Fournisseurs SMS, expéditeur, langue</source>
        <translation>SMS providers, sender, language</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="284" />
        <source>Consommation…</source>
        <translation>Consumption…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="285" />
        <source>Nombre de SMS envoyés par mois</source>
        <translation>Number of SMS sent per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="292" />
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="293" />
        <source>Fermer Ellipses SMS</source>
        <translation>Close Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="299" />
        <source>Retirer les destinataires sélectionnés</source>
        <translation>Remove the selected recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="300" />
        <source>Retirer de la liste les lignes sélectionnées</source>
        <translation>Remove the selected rows from the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="305" />
        <source>Modèles de message…</source>
        <translation>Message templates…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="306" />
        <source>Écrire, modifier et reprendre les modèles de message</source>
        <translation>Write, edit and reuse message templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="312" />
        <source>Remettre les destinataires retirés</source>
        <translation>Put back the removed recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="313" />
        <source>Annuler le dernier retrait de destinataires (Ctrl+Z dans la table)</source>
        <translation>Undo the last removal of recipients (Ctrl+Z in the table)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="319" />
        <source>Envoyer plus tard…</source>
        <translation>Send later…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="320" />
        <source>Programmer l'envoi à une date et une heure</source>
        <translation>Schedule the send for a date and time</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="325" />
        <source>Envois programmés…</source>
        <translation>Scheduled sends…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="326" />
        <source>Ce qui attend son heure : annuler, envoyer maintenant</source>
        <translation>What waits for its time: cancel, send now</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="331" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="626" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1324" />
        <source>Reprendre l'envoi annulé</source>
        <translation>Continue the cancelled send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="332" />
        <source>Envoyer ce que l'annulation a arrêté (rien n'est envoyé deux fois)</source>
        <translation>Send what the cancel stopped (nothing is sent twice)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="338" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="458" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="885" />
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="339" />
        <source>Vider la liste des destinataires</source>
        <translation>Empty the recipient list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="346" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="348" />
        <source>Listes récentes</source>
        <translation>Recent lists</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="357" />
        <source>&amp;Envoi</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="368" />
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="375" />
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="379" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="399" />
        <source>Mode démonstration : aucun SMS réel n'est envoyé</source>
        <translation>Demo mode: no real SMS is sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="409" />
        <source>Nouveau destinataire</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="413" />
        <source>ex. Dupond Claire</source>
        <translation>e.g. Dupond Claire</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="416" />
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="417" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="428" />
        <source>&amp;Nom, Prénom, Raison Sociale</source>
        <translation>&amp;Name, First name, Company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="430" />
        <source>Numéro de &amp;téléphone</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="435" />
        <source>Nom, Prénom, Raison Sociale</source>
        <translation>Name, first name, company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="436" />
        <source>Numéro de téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="455" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="837" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="456" />
        <source>Retirer les lignes sélectionnées (Suppr)</source>
        <translation>Remove the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="471" />
        <source>Aucun destinataire pour l'instant.
Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)
ou déposez ici un fichier CSV ou Excel.</source>
        <translation>No recipient yet.
Type a name and a number above then Enter, open a list (Ctrl+O)
or drop a CSV or Excel file here.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="491" />
        <source>Déposez ici un fichier de liste (CSV ou Excel) pour l'ajouter</source>
        <translation>Drop a list file (CSV or Excel) here to add it</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="512" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="524" />
        <source>celui du fournisseur</source>
        <translation>the provider's</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="527" />
        <source>Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, sans accent (ou un numéro).</source>
        <translation>Name shown on the customer's phone: at most 11 letters or digits, no accents (or a number).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="539" />
        <source>Le fournisseur SMS qui acheminera ce message</source>
        <translation>The SMS provider that will carry this message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="542" />
        <source>E&amp;xpéditeur :</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="544" />
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="575" />
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="577" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="581" />
        <source>&amp;Fournisseur :</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="583" />
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Expéditeur :</source>
        <translation type="vanished">Sender:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="551" />
        <source>Information client</source>
        <translation>Customer information</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="552" />
        <source>Publicité</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="556" />
        <source>Information client : commande arrivée, rendez-vous… Publicité : promotions, nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP est obligatoire.</source>
        <translation>Customer information: order arrived, appointment… Advertising: promotions, new releases; customers who replied STOP are left out and the STOP mention is required.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="567" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1031" />
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="569" />
        <source>Reprendre un modèle enregistré, insérer un champ ({prenom}…)</source>
        <translation>Use a saved template, insert a field ({prenom}…)</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation type="vanished">Kind:</translation>
    </message>
    <message>
        <source>Fournisseur :</source>
        <translation type="vanished">Provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="601" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1378" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1453" />
        <source>%v / %m envoyés</source>
        <translation>%v / %m sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="604" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1037" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1384" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1656" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="607" />
        <source>Arrêter l'envoi : les messages pas encore partis sont annulés</source>
        <translation>Stop sending: messages not sent yet are cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="638" />
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="695" />
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="726" />
        <source>Réglage non enregistré : %1</source>
        <translation>Setting not saved: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="733" />
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1249" />
        <source>Envoi n° %1 programmé le %2 à %3 : il partira de cette fenêtre ou du service, même après un redémarrage (Suivi › Envois programmés).</source>
        <translation>Send no. %1 scheduled on %2 at %3: it will go from this window or the service, even after a restart (Follow-up › Scheduled sends).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1257" />
        <source>Envoi programmé</source>
        <translation>Send scheduled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="1598" />
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message(s), sans qu'on puisse le vérifier.</source>
        <translation>
            <numerusform>A sending was interrupted: the provider may have received %Ln message, and this cannot be checked.</numerusform>
            <numerusform>A sending was interrupted: the provider may have received %Ln messages, and this cannot be checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 destinataire</source>
        <translation type="vanished">%1 recipient</translation>
    </message>
    <message>
        <source>%1 destinataires</source>
        <translation type="vanished">%1 recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="793" />
        <source>Attendez la fin de l'envoi.</source>
        <translation>Wait until the sending is over.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="798" />
        <source>Tapez le numéro de téléphone portable du contact.</source>
        <translation>Type the contact's mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="803" />
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="807" />
        <source>Ce numéro est déjà dans la liste des destinataires.</source>
        <translation>This number is already in the recipient list.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="817" />
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="838" />
        <source>Retirer les %1 destinataires sélectionnés ?</source>
        <translation>Remove the %1 selected recipients?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="856" />
        <source>%1 destinataire retiré — Ctrl+Z pour annuler</source>
        <translation>%1 recipient removed — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="858" />
        <source>%1 destinataires retirés — Ctrl+Z pour annuler</source>
        <translation>%1 recipients removed — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="872" />
        <source>%1 destinataire remis</source>
        <translation>%1 recipient put back</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="872" />
        <source>%1 destinataires remis</source>
        <translation>%1 recipients put back</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="878" />
        <source>Modification refusée</source>
        <translation>Change refused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="886" />
        <source>Retirer %Ln destinataire(s) de la liste ?</source>
        <translation>
            <numerusform>Remove %Ln recipient from the list?</numerusform>
            <numerusform>Remove the %Ln recipients from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="897" />
        <source>%Ln ajouté(s)</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="899" />
        <source>%Ln déjà présent(s)</source>
        <translation>
            <numerusform>%Ln already present</numerusform>
            <numerusform>%Ln already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="901" />
        <source>%Ln numéro(s) refusé(s)</source>
        <translation>
            <numerusform>%Ln number refused</numerusform>
            <numerusform>%Ln numbers refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="984" />
        <source>%Ln destinataire(s) importé(s)</source>
        <translation>
            <numerusform>%Ln recipient imported</numerusform>
            <numerusform>%Ln recipients imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1325" />
        <source>Envoyer les %1 message(s) que l'annulation a arrêtés ?</source>
        <translation>Send the %1 message(s) the cancel stopped?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1448" />
        <source>%v / %m traités : %1 envoyé(s), %2 refusé(s)</source>
        <translation>%v / %m done: %1 sent, %2 refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1568" />
        <source>Un envoi n'a pas été terminé.</source>
        <translation>A send was not finished.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1570" />
        <source>%1 envois n'ont pas été terminés.</source>
        <translation>%1 sends were not finished.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1574" />
        <source>Le reprendre maintenant ?</source>
        <translation>Resume it now?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1575" />
        <source>Reprendre l'envoi</source>
        <translation>Resume the send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1576" />
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>%1 destinataire retiré</source>
        <translation type="vanished">%1 recipient removed</translation>
    </message>
    <message>
        <source>%1 destinataires retirés</source>
        <translation type="vanished">%1 recipients removed</translation>
    </message>
    <message>
        <source>Retirer les %1 destinataires de la liste ?</source>
        <translation type="vanished">Remove the %1 recipients from the list?</translation>
    </message>
    <message>
        <source>%1 ajouté</source>
        <translation type="vanished">%1 added</translation>
    </message>
    <message>
        <source>%1 ajoutés</source>
        <translation type="vanished">%1 added</translation>
    </message>
    <message>
        <source>%1 déjà présent(s)</source>
        <translation type="vanished">%1 already present</translation>
    </message>
    <message>
        <source>%1 numéro(s) refusé(s)</source>
        <translation type="vanished">%1 number(s) refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="918" />
        <source>Fonction indisponible</source>
        <translation>Feature unavailable</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="919" />
        <source>Cette fonction n'a pas pu être chargée : %1</source>
        <translation>This feature could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="948" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="963" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1650" />
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="964" />
        <source>La liste des destinataires est vide.</source>
        <translation>The recipient list is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="970" />
        <source>Liste enregistrée : %1</source>
        <translation>List saved: %1</translation>
    </message>
    <message>
        <source>%1 destinataire(s) importé(s)</source>
        <translation type="vanished">%1 recipient(s) imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="987" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Lignes non importées</source>
        <translation type="vanished">Rows not imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1033" />
        <source>Remplacer le message par le modèle « %1 » ?</source>
        <translation>Replace the message with the template “%1”?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1035" />
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1036" />
        <source>Insérer au curseur</source>
        <translation>Insert at the cursor</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1104" />
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1107" />
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1114" />
        <source>Le nom d'expéditeur ne convient pas : %1</source>
        <translation>The sender name cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1141" />
        <source>Préparation de l'envoi…</source>
        <translation>Preparing the send…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1287" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Envoyer ce message à %1 ?</source>
        <translation type="vanished">Send this message to %1?</translation>
    </message>
    <message>
        <source>%1 SMS au total (%2 par destinataire, %3)</source>
        <translation type="vanished">%1 SMS in total (%2 per recipient, %3)</translation>
    </message>
    <message>
        <source>Crédits estimés : %1 €</source>
        <translation type="vanished">Estimated credits: €%1</translation>
    </message>
    <message>
        <source>Fournisseur : %1</source>
        <translation type="vanished">Provider: %1</translation>
    </message>
    <message>
        <source>Publicité : les clients qui ont répondu STOP ne le recevront pas.</source>
        <translation type="vanished">Advertising: customers who replied STOP will not receive it.</translation>
    </message>
    <message>
        <source>Confirmer l'envoi</source>
        <translation type="vanished">Confirm sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1385" />
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1421" />
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1422" />
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1480" />
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1489" />
        <source>L'envoi s'est arrêté sur une erreur inattendue : %1</source>
        <translation>Sending stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1496" />
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1549" />
        <source>Envoi du %1 à %2 : « %3 »</source>
        <translation>Send of %1 at %2: “%3”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1554" />
        <source>%1 envoyé(s) ou réglé(s), %2 restant à envoyer</source>
        <translation>%1 sent or settled, %2 left to send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1560" />
        <source>… et %1 autre(s) envoi(s)</source>
        <translation>… and %1 other send(s)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1566" />
        <source>Envoi interrompu</source>
        <translation>Interrupted sending</translation>
    </message>
    <message>
        <source>Un envoi n'a pas été terminé (%1 message(s) restant à envoyer).
Le reprendre maintenant ?</source>
        <translation type="vanished">A sending was not finished (%1 message(s) left to send).
Resume it now?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1595" />
        <source>Envois incertains</source>
        <translation>Uncertain messages</translation>
    </message>
    <message>
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %1 message(s), sans qu'on puisse le vérifier.</source>
        <translation type="vanished">A sending was interrupted: the provider may have received %1 message(s), and this cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1606" />
        <source>Les renvoyer risque un doublon chez ces clients ; les abandonner risque qu'ils ne reçoivent rien.</source>
        <translation>Sending them again may give these customers a duplicate; abandoning them may mean they get nothing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1612" />
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1613" />
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1614" />
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1645" />
        <source>Quitter Ellipses SMS</source>
        <translation>Quit Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1646" />
        <source>Enregistrer la liste des destinataires avant de quitter ?</source>
        <translation>Save the recipient list before quitting?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1648" />
        <source>La liste et le message seront de toute façon repris au prochain démarrage.</source>
        <translation>The list and the message will be restored at the next start anyway.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1653" />
        <source>Ne pas enregistrer</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1699" />
        <source>Repris de la dernière fois : %1 destinataire(s) et le message.</source>
        <translation>Restored from last time: %1 recipient(s) and the message.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1710" />
        <source>Envoi en cours</source>
        <translation>Sending in progress</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1712" />
        <source>Un envoi est en cours. Arrêter l'envoi et fermer ?
Les messages pas encore partis seront annulés.</source>
        <translation>A sending is in progress. Stop it and close?
Messages not sent yet will be cancelled.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="59" />
        <source>Tapez ici le message à envoyer…</source>
        <translation>Type the message to send here…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="64" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="81" />
        <source>Remplacer ces caractères</source>
        <translation>Replace these characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="85" />
        <source>Remplace les caractères qui imposent l'Unicode par leur équivalent simple (ô → o, œ → oe, « → "), pour payer moins de SMS.</source>
        <translation>Replaces the characters that force Unicode by their plain equivalent (ô → o, œ → oe, « → "), so fewer SMS are paid.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="89" />
        <source>Annuler le remplacement</source>
        <translation>Undo the replacement</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="187" />
        <source>GSM (160 caractères par SMS)</source>
        <translation>GSM (160 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="189" />
        <source>Unicode (70 caractères par SMS)</source>
        <translation>Unicode (70 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="193" />
        <source>GSM (153 caractères par SMS)</source>
        <translation>GSM (153 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="195" />
        <source>Unicode (67 caractères par SMS)</source>
        <translation>Unicode (67 characters per SMS)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py" line="200" />
        <source>%Ln caractère(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py" line="201" />
        <location filename="../../ellipses_sms/ui/message_editor.py" line="235" />
        <source>%Ln SMS</source>
        <translation>
            <numerusform>%Ln SMS</numerusform>
            <numerusform>%Ln SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py" line="203" />
        <source>reste(nt) %Ln</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py" line="236" />
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caractère</source>
        <translation type="vanished">%1 character</translation>
    </message>
    <message>
        <source>%1 caractères</source>
        <translation type="vanished">%1 characters</translation>
    </message>
    <message>
        <source>%1 SMS</source>
        <translation type="vanished">%1 SMS</translation>
    </message>
    <message>
        <source>reste %1</source>
        <translation type="vanished">%1 left</translation>
    </message>
    <message>
        <source>restent %1</source>
        <translation type="vanished">%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="212" />
        <source>Passent le message en Unicode : %1</source>
        <translation>These make the message Unicode: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="221" />
        <source>(à retirer à la main : %1)</source>
        <translation>(remove by hand: %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="234" />
        <source>Total : %1 pour %2</source>
        <translation>Total: %1 for %2</translation>
    </message>
    <message>
        <source>%1 destinataire</source>
        <translation type="vanished">%1 recipient</translation>
    </message>
    <message>
        <source>%1 destinataires</source>
        <translation type="vanished">%1 recipients</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="77" />
        <source>Nom</source>
        <extracomment>A name or number was changed in place (double-click): the send's rendering is stale. An edit was refused; the French reason (a wrong number, one already in the table). The country of numbers typed without a prefix (the window sets the `region` setting).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="77" />
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="77" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="79" />
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="80" />
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="81" />
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="82" />
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="83" />
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="84" />
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="85" />
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="86" />
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="87" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="88" />
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="128" />
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="132" />
        <source>%1 est déjà dans la liste.</source>
        <translation>%1 is already in the list.</translation>
    </message>
</context>
</TS>
