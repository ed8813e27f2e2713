<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="170"/>
        <source>Ellipses SMS</source>
        <extracomment>The dialogs built in their own issues; an action whose module is missing is greyed out.</extracomment>
        <translation>Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="218"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="219"/>
        <source>Bientôt disponible</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="226"/>
        <source>Ouvrir une liste…</source>
        <translation>Open a list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="227"/>
        <source>Ouvrir une liste de diffusion (CSV ou Excel) et l&apos;ajouter aux destinataires</source>
        <translation>Open a mailing list (CSV or Excel) and add it to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="234"/>
        <source>Enregistrer la liste…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="235"/>
        <source>Enregistrer les destinataires comme liste de diffusion</source>
        <translation>Save the recipients as a mailing list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="242"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="549"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="946"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="996"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="243"/>
        <source>Envoyer le message aux destinataires</source>
        <translation>Send the message to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="249"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="250"/>
        <source>Accéder à l&apos;historique des messages envoyés</source>
        <translation>Open the history of sent messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="257"/>
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="258"/>
        <source>Ajouter le contact à la liste des destinataires (Entrée)</source>
        <translation>Add the contact to the recipients (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="263"/>
        <source>Importer depuis la base librairie…</source>
        <translation>Import from the bookstore database…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="264"/>
        <source>Récupérer les destinataires depuis la base de la librairie (outil d&apos;import)</source>
        <translation>Get recipients from the bookstore database (import tool)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="271"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="272"/>
        <source>Fournisseurs SMS, expéditeur, langue</source>
        <translation>SMS providers, sender, language</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="279"/>
        <source>Consommation…</source>
        <translation>Consumption…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="280"/>
        <source>Nombre de SMS envoyés par mois</source>
        <translation>Number of SMS sent per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="287"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="288"/>
        <source>Fermer Ellipses SMS</source>
        <translation>Close Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="294"/>
        <source>Retirer les destinataires sélectionnés</source>
        <translation>Remove the selected recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="295"/>
        <source>Retirer de la liste les lignes sélectionnées</source>
        <translation>Remove the selected rows from the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="300"/>
        <source>Modèles de message…</source>
        <translation>Message templates…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="301"/>
        <source>Écrire, modifier et reprendre les modèles de message</source>
        <translation>Write, edit and reuse message templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="307"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="412"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="750"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="308"/>
        <source>Vider la liste des destinataires</source>
        <translation>Empty the recipient list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="315"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="317"/>
        <source>Listes récentes</source>
        <translation>Recent lists</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="326"/>
        <source>&amp;Envoi</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="334"/>
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="337"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="340"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="360"/>
        <source>Mode démonstration : aucun SMS réel n&apos;est envoyé</source>
        <translation>Demo mode: no real SMS is sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="370"/>
        <source>Nouveau destinataire</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="374"/>
        <source>ex. Dupond Claire</source>
        <translation>e.g. Dupond Claire</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="377"/>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="378"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="389"/>
        <source>Nom, Prénom, Raison Sociale</source>
        <translation>Name, first name, company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="390"/>
        <source>Numéro de téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="409"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="410"/>
        <source>Retirer les lignes sélectionnées (Suppr)</source>
        <translation>Remove the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="425"/>
        <source>Aucun destinataire pour l&apos;instant.
Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)
ou déposez ici un fichier CSV ou Excel.</source>
        <translation>No recipient yet.
Type a name and a number above then Enter, open a list (Ctrl+O)
or drop a CSV or Excel file here.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="445"/>
        <source>Déposez ici un fichier de liste (CSV ou Excel) pour l&apos;ajouter</source>
        <translation>Drop a list file (CSV or Excel) here to add it</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="456"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="468"/>
        <source>celui du fournisseur</source>
        <translation>the provider&apos;s</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="471"/>
        <source>Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, sans accent (ou un numéro).</source>
        <translation>Name shown on the customer&apos;s phone: at most 11 letters or digits, no accents (or a number).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="483"/>
        <source>Le fournisseur SMS qui acheminera ce message</source>
        <translation>The SMS provider that will carry this message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="488"/>
        <source>Expéditeur :</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="494"/>
        <source>Information client</source>
        <translation>Customer information</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="495"/>
        <source>Publicité</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="498"/>
        <source>Information client : commande arrivée, rendez-vous… Publicité : promotions, nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP est obligatoire.</source>
        <translation>Customer information: order arrived, appointment… Advertising: promotions, new releases; customers who replied STOP are left out and the STOP mention is required.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="509"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="899"/>
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="511"/>
        <source>Reprendre un modèle enregistré, insérer un champ ({prenom}…)</source>
        <translation>Use a saved template, insert a field ({prenom}…)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="517"/>
        <source>Type :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="520"/>
        <source>Fournisseur :</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="537"/>
        <source>%v / %m envoyés</source>
        <translation>%v / %m sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="540"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="905"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1111"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="543"/>
        <source>Arrêter l&apos;envoi : les messages pas encore partis sont annulés</source>
        <translation>Stop sending: messages not sent yet are cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="608"/>
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="638"/>
        <source>Réglage non enregistré : %1</source>
        <translation>Setting not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="645"/>
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="645"/>
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="694"/>
        <source>Attendez la fin de l&apos;envoi.</source>
        <translation>Wait until the sending is over.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="699"/>
        <source>Tapez le numéro de téléphone portable du contact.</source>
        <translation>Type the contact&apos;s mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="704"/>
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="708"/>
        <source>Ce numéro est déjà dans la liste des destinataires.</source>
        <translation>This number is already in the recipient list.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="718"/>
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="738"/>
        <source>%1 destinataire retiré</source>
        <translation>%1 recipient removed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="740"/>
        <source>%1 destinataires retirés</source>
        <translation>%1 recipients removed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="751"/>
        <source>Retirer les %1 destinataires de la liste ?</source>
        <translation>Remove the %1 recipients from the list?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="762"/>
        <source>%1 ajouté</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="762"/>
        <source>%1 ajoutés</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="767"/>
        <source>%1 déjà présent(s)</source>
        <translation>%1 already present</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="769"/>
        <source>%1 numéro(s) refusé(s)</source>
        <translation>%1 number(s) refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="786"/>
        <source>Fonction indisponible</source>
        <translation>Feature unavailable</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="787"/>
        <source>Cette fonction n&apos;a pas pu être chargée : %1</source>
        <translation>This feature could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="816"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="831"/>
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="832"/>
        <source>La liste des destinataires est vide.</source>
        <translation>The recipient list is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="838"/>
        <source>Liste enregistrée : %1</source>
        <translation>List saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="852"/>
        <source>%1 destinataire(s) importé(s)</source>
        <translation>%1 recipient(s) imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="855"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="861"/>
        <source>Lignes non importées</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="901"/>
        <source>Remplacer le message par le modèle « %1 » ?</source>
        <translation>Replace the message with the template “%1”?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="903"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="904"/>
        <source>Insérer au curseur</source>
        <translation>Insert at the cursor</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="948"/>
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="951"/>
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="958"/>
        <source>Le nom d&apos;expéditeur ne convient pas : %1</source>
        <translation>The sender name cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="974"/>
        <source>Préparation de l&apos;envoi…</source>
        <translation>Preparing the send…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1063"/>
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
        <source>Confirmer l&apos;envoi</source>
        <translation type="vanished">Confirm sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1112"/>
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1148"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1149"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1184"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1193"/>
        <source>L&apos;envoi s&apos;est arrêté sur une erreur inattendue : %1</source>
        <translation>Sending stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1200"/>
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1234"/>
        <source>Envoi interrompu</source>
        <translation>Interrupted sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1236"/>
        <source>Un envoi n&apos;a pas été terminé (%1 message(s) restant à envoyer).
Le reprendre maintenant ?</source>
        <translation>A sending was not finished (%1 message(s) left to send).
Resume it now?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1251"/>
        <source>Envois incertains</source>
        <translation>Uncertain messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1254"/>
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %1 message(s), sans qu&apos;on puisse le vérifier.</source>
        <translation>A sending was interrupted: the provider may have received %1 message(s), and this cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1260"/>
        <source>Les renvoyer risque un doublon chez ces clients ; les abandonner risque qu&apos;ils ne reçoivent rien.</source>
        <translation>Sending them again may give these customers a duplicate; abandoning them may mean they get nothing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1266"/>
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1267"/>
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1268"/>
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1284"/>
        <source>Envoi en cours</source>
        <translation>Sending in progress</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1286"/>
        <source>Un envoi est en cours. Arrêter l&apos;envoi et fermer ?
Les messages pas encore partis seront annulés.</source>
        <translation>A sending is in progress. Stop it and close?
Messages not sent yet will be cancelled.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="64"/>
        <source>Tapez ici le message à envoyer…</source>
        <translation>Type the message to send here…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="69"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="86"/>
        <source>Remplacer ces caractères</source>
        <translation>Replace these characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="90"/>
        <source>Remplace les caractères qui imposent l&apos;Unicode par leur équivalent simple (ô → o, œ → oe, « → &quot;), pour payer moins de SMS.</source>
        <translation>Replaces the characters that force Unicode by their plain equivalent (ô → o, œ → oe, « → &quot;), so fewer SMS are paid.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="94"/>
        <source>Annuler le remplacement</source>
        <translation>Undo the replacement</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="192"/>
        <source>GSM (160 caractères par SMS)</source>
        <translation>GSM (160 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="194"/>
        <source>Unicode (70 caractères par SMS)</source>
        <translation>Unicode (70 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="198"/>
        <source>GSM (153 caractères par SMS)</source>
        <translation>GSM (153 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="200"/>
        <source>Unicode (67 caractères par SMS)</source>
        <translation>Unicode (67 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="205"/>
        <source>%1 caractère</source>
        <translation>%1 character</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="205"/>
        <source>%1 caractères</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="206"/>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="240"/>
        <source>%1 SMS</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="208"/>
        <source>reste %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="208"/>
        <source>restent %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="217"/>
        <source>Passent le message en Unicode : %1</source>
        <translation>These make the message Unicode: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="226"/>
        <source>(à retirer à la main : %1)</source>
        <translation>(remove by hand: %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="239"/>
        <source>Total : %1 pour %2</source>
        <translation>Total: %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="243"/>
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="243"/>
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="66"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="66"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="66"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="68"/>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="69"/>
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="70"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="71"/>
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="72"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="73"/>
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="74"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="75"/>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="76"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="77"/>
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
</context>
</TS>
