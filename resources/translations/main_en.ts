<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="176" />
        <source>Ellipses SMS</source>
        <extracomment>The dialogs built in their own issues; an action whose module is missing is greyed out. Removing this many selected rows or more asks first (fewer: Ctrl+Z is enough).</extracomment>
        <translation>Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="224" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="225" />
        <source>Bientôt disponible</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="232" />
        <source>Ouvrir une liste…</source>
        <translation>Open a list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="233" />
        <source>Ouvrir une liste de diffusion (CSV ou Excel) et l'ajouter aux destinataires</source>
        <translation>Open a mailing list (CSV or Excel) and add it to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="240" />
        <source>Enregistrer la liste…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="241" />
        <source>Enregistrer les destinataires comme liste de diffusion</source>
        <translation>Save the recipients as a mailing list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="248" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="584" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1028" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1078" />
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="249" />
        <source>Envoyer le message aux destinataires</source>
        <translation>Send the message to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="255" />
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="256" />
        <source>Accéder à l'historique des messages envoyés</source>
        <translation>Open the history of sent messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="263" />
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="264" />
        <source>Ajouter le contact à la liste des destinataires (Entrée)</source>
        <translation>Add the contact to the recipients (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="269" />
        <source>Importer depuis la base librairie…</source>
        <translation>Import from the bookstore database…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="270" />
        <source>Récupérer les destinataires depuis la base de la librairie (outil d'import)</source>
        <translation>Get recipients from the bookstore database (import tool)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="277" />
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="278" />
        <source>Fournisseurs SMS, expéditeur, langue</source>
        <translation>SMS providers, sender, language</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="285" />
        <source>Consommation…</source>
        <translation>Consumption…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="286" />
        <source>Nombre de SMS envoyés par mois</source>
        <translation>Number of SMS sent per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="293" />
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="294" />
        <source>Fermer Ellipses SMS</source>
        <translation>Close Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="300" />
        <source>Retirer les destinataires sélectionnés</source>
        <translation>Remove the selected recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="301" />
        <source>Retirer de la liste les lignes sélectionnées</source>
        <translation>Remove the selected rows from the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="306" />
        <source>Modèles de message…</source>
        <translation>Message templates…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="307" />
        <source>Écrire, modifier et reprendre les modèles de message</source>
        <translation>Write, edit and reuse message templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="313" />
        <source>Remettre les destinataires retirés</source>
        <translation>Put back the removed recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="314" />
        <source>Annuler le dernier retrait de destinataires (Ctrl+Z dans la table)</source>
        <translation>Undo the last removal of recipients (Ctrl+Z in the table)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="320" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="597" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1182" />
        <source>Reprendre l'envoi annulé</source>
        <translation>Continue the cancelled send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="321" />
        <source>Envoyer ce que l'annulation a arrêté (rien n'est envoyé deux fois)</source>
        <translation>Send what the cancel stopped (nothing is sent twice)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="327" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="437" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="830" />
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="328" />
        <source>Vider la liste des destinataires</source>
        <translation>Empty the recipient list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="335" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="337" />
        <source>Listes récentes</source>
        <translation>Recent lists</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="346" />
        <source>&amp;Envoi</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="356" />
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="362" />
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="365" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="385" />
        <source>Mode démonstration : aucun SMS réel n'est envoyé</source>
        <translation>Demo mode: no real SMS is sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="395" />
        <source>Nouveau destinataire</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="399" />
        <source>ex. Dupond Claire</source>
        <translation>e.g. Dupond Claire</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="402" />
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="403" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="414" />
        <source>Nom, Prénom, Raison Sociale</source>
        <translation>Name, first name, company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="415" />
        <source>Numéro de téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="434" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="782" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="435" />
        <source>Retirer les lignes sélectionnées (Suppr)</source>
        <translation>Remove the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="450" />
        <source>Aucun destinataire pour l'instant.
Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)
ou déposez ici un fichier CSV ou Excel.</source>
        <translation>No recipient yet.
Type a name and a number above then Enter, open a list (Ctrl+O)
or drop a CSV or Excel file here.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="470" />
        <source>Déposez ici un fichier de liste (CSV ou Excel) pour l'ajouter</source>
        <translation>Drop a list file (CSV or Excel) here to add it</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="491" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="503" />
        <source>celui du fournisseur</source>
        <translation>the provider's</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="506" />
        <source>Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, sans accent (ou un numéro).</source>
        <translation>Name shown on the customer's phone: at most 11 letters or digits, no accents (or a number).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="518" />
        <source>Le fournisseur SMS qui acheminera ce message</source>
        <translation>The SMS provider that will carry this message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="523" />
        <source>Expéditeur :</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="529" />
        <source>Information client</source>
        <translation>Customer information</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="530" />
        <source>Publicité</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="533" />
        <source>Information client : commande arrivée, rendez-vous… Publicité : promotions, nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP est obligatoire.</source>
        <translation>Customer information: order arrived, appointment… Advertising: promotions, new releases; customers who replied STOP are left out and the STOP mention is required.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="544" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="981" />
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="546" />
        <source>Reprendre un modèle enregistré, insérer un champ ({prenom}…)</source>
        <translation>Use a saved template, insert a field ({prenom}…)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="552" />
        <source>Type :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="555" />
        <source>Fournisseur :</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="572" />
        <source>%v / %m envoyés</source>
        <translation>%v / %m sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="575" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="987" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1225" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1477" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="578" />
        <source>Arrêter l'envoi : les messages pas encore partis sont annulés</source>
        <translation>Stop sending: messages not sent yet are cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="649" />
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="680" />
        <source>Réglage non enregistré : %1</source>
        <translation>Setting not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="687" />
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="687" />
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="738" />
        <source>Attendez la fin de l'envoi.</source>
        <translation>Wait until the sending is over.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="743" />
        <source>Tapez le numéro de téléphone portable du contact.</source>
        <translation>Type the contact's mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="748" />
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="752" />
        <source>Ce numéro est déjà dans la liste des destinataires.</source>
        <translation>This number is already in the recipient list.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="762" />
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="783" />
        <source>Retirer les %1 destinataires sélectionnés ?</source>
        <translation>Remove the %1 selected recipients?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="801" />
        <source>%1 destinataire retiré — Ctrl+Z pour annuler</source>
        <translation>%1 recipient removed — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="803" />
        <source>%1 destinataires retirés — Ctrl+Z pour annuler</source>
        <translation>%1 recipients removed — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="817" />
        <source>%1 destinataire remis</source>
        <translation>%1 recipient put back</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="817" />
        <source>%1 destinataires remis</source>
        <translation>%1 recipients put back</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="823" />
        <source>Modification refusée</source>
        <translation>Change refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1183" />
        <source>Envoyer les %1 message(s) que l'annulation a arrêtés ?</source>
        <translation>Send the %1 message(s) the cancel stopped?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1391" />
        <source>Un envoi n'a pas été terminé.</source>
        <translation>A send was not finished.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1393" />
        <source>%1 envois n'ont pas été terminés.</source>
        <translation>%1 sends were not finished.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1397" />
        <source>Le reprendre maintenant ?</source>
        <translation>Resume it now?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1398" />
        <source>Reprendre l'envoi</source>
        <translation>Resume the send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1399" />
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
        <location filename="../../ellipses_sms/ui/main_window.py" line="831" />
        <source>Retirer les %1 destinataires de la liste ?</source>
        <translation>Remove the %1 recipients from the list?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="844" />
        <source>%1 ajouté</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="844" />
        <source>%1 ajoutés</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="849" />
        <source>%1 déjà présent(s)</source>
        <translation>%1 already present</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="851" />
        <source>%1 numéro(s) refusé(s)</source>
        <translation>%1 number(s) refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="868" />
        <source>Fonction indisponible</source>
        <translation>Feature unavailable</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="869" />
        <source>Cette fonction n'a pas pu être chargée : %1</source>
        <translation>This feature could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="898" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="913" />
        <location filename="../../ellipses_sms/ui/main_window.py" line="1471" />
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="914" />
        <source>La liste des destinataires est vide.</source>
        <translation>The recipient list is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="920" />
        <source>Liste enregistrée : %1</source>
        <translation>List saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="934" />
        <source>%1 destinataire(s) importé(s)</source>
        <translation>%1 recipient(s) imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="937" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="943" />
        <source>Lignes non importées</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="983" />
        <source>Remplacer le message par le modèle « %1 » ?</source>
        <translation>Replace the message with the template “%1”?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="985" />
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="986" />
        <source>Insérer au curseur</source>
        <translation>Insert at the cursor</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1030" />
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1033" />
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1040" />
        <source>Le nom d'expéditeur ne convient pas : %1</source>
        <translation>The sender name cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1056" />
        <source>Préparation de l'envoi…</source>
        <translation>Preparing the send…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1145" />
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
        <location filename="../../ellipses_sms/ui/main_window.py" line="1226" />
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1262" />
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1263" />
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1303" />
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1312" />
        <source>L'envoi s'est arrêté sur une erreur inattendue : %1</source>
        <translation>Sending stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1319" />
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1372" />
        <source>Envoi du %1 à %2 : « %3 »</source>
        <translation>Send of %1 at %2: “%3”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1377" />
        <source>%1 envoyé(s) ou réglé(s), %2 restant à envoyer</source>
        <translation>%1 sent or settled, %2 left to send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1383" />
        <source>… et %1 autre(s) envoi(s)</source>
        <translation>… and %1 other send(s)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1389" />
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
        <location filename="../../ellipses_sms/ui/main_window.py" line="1418" />
        <source>Envois incertains</source>
        <translation>Uncertain messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1421" />
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %1 message(s), sans qu'on puisse le vérifier.</source>
        <translation>A sending was interrupted: the provider may have received %1 message(s), and this cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1427" />
        <source>Les renvoyer risque un doublon chez ces clients ; les abandonner risque qu'ils ne reçoivent rien.</source>
        <translation>Sending them again may give these customers a duplicate; abandoning them may mean they get nothing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1433" />
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1434" />
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1435" />
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1466" />
        <source>Quitter Ellipses SMS</source>
        <translation>Quit Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1467" />
        <source>Enregistrer la liste des destinataires avant de quitter ?</source>
        <translation>Save the recipient list before quitting?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1469" />
        <source>La liste et le message seront de toute façon repris au prochain démarrage.</source>
        <translation>The list and the message will be restored at the next start anyway.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1474" />
        <source>Ne pas enregistrer</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1520" />
        <source>Repris de la dernière fois : %1 destinataire(s) et le message.</source>
        <translation>Restored from last time: %1 recipient(s) and the message.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1531" />
        <source>Envoi en cours</source>
        <translation>Sending in progress</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1533" />
        <source>Un envoi est en cours. Arrêter l'envoi et fermer ?
Les messages pas encore partis seront annulés.</source>
        <translation>A sending is in progress. Stop it and close?
Messages not sent yet will be cancelled.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="64" />
        <source>Tapez ici le message à envoyer…</source>
        <translation>Type the message to send here…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="69" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="86" />
        <source>Remplacer ces caractères</source>
        <translation>Replace these characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="90" />
        <source>Remplace les caractères qui imposent l'Unicode par leur équivalent simple (ô → o, œ → oe, « → "), pour payer moins de SMS.</source>
        <translation>Replaces the characters that force Unicode by their plain equivalent (ô → o, œ → oe, « → "), so fewer SMS are paid.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="94" />
        <source>Annuler le remplacement</source>
        <translation>Undo the replacement</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="192" />
        <source>GSM (160 caractères par SMS)</source>
        <translation>GSM (160 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="194" />
        <source>Unicode (70 caractères par SMS)</source>
        <translation>Unicode (70 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="198" />
        <source>GSM (153 caractères par SMS)</source>
        <translation>GSM (153 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="200" />
        <source>Unicode (67 caractères par SMS)</source>
        <translation>Unicode (67 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="205" />
        <source>%1 caractère</source>
        <translation>%1 character</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="205" />
        <source>%1 caractères</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="206" />
        <location filename="../../ellipses_sms/ui/message_editor.py" line="240" />
        <source>%1 SMS</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="208" />
        <source>reste %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="208" />
        <source>restent %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="217" />
        <source>Passent le message en Unicode : %1</source>
        <translation>These make the message Unicode: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="226" />
        <source>(à retirer à la main : %1)</source>
        <translation>(remove by hand: %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="239" />
        <source>Total : %1 pour %2</source>
        <translation>Total: %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="243" />
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="243" />
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="75" />
        <source>Nom</source>
        <extracomment>A name or number was changed in place (double-click): the send's rendering is stale. An edit was refused; the French reason (a wrong number, one already in the table). The country of numbers typed without a prefix (the window sets the `region` setting).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="75" />
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="75" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="77" />
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="78" />
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="79" />
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="80" />
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="81" />
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="82" />
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="83" />
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="84" />
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="85" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="86" />
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="126" />
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="130" />
        <source>%1 est déjà dans la liste.</source>
        <translation>%1 is already in the list.</translation>
    </message>
</context>
</TS>
