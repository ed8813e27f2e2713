<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="163"/>
        <source>Ellipses SMS</source>
        <extracomment>The dialogs built in their own issues; an action whose module is missing is greyed out.</extracomment>
        <translation>Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="210"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="211"/>
        <source>Bientôt disponible</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="218"/>
        <source>Ouvrir une liste…</source>
        <translation>Open a list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="219"/>
        <source>Ouvrir une liste de diffusion (CSV ou Excel) et l&apos;ajouter aux destinataires</source>
        <translation>Open a mailing list (CSV or Excel) and add it to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="226"/>
        <source>Enregistrer la liste…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="227"/>
        <source>Enregistrer les destinataires comme liste de diffusion</source>
        <translation>Save the recipients as a mailing list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="234"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="511"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="837"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="235"/>
        <source>Envoyer le message aux destinataires</source>
        <translation>Send the message to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="241"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="242"/>
        <source>Accéder à l&apos;historique des messages envoyés</source>
        <translation>Open the history of sent messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="249"/>
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="250"/>
        <source>Ajouter le contact à la liste des destinataires (Entrée)</source>
        <translation>Add the contact to the recipients (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="255"/>
        <source>Importer depuis la base librairie…</source>
        <translation>Import from the bookstore database…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="256"/>
        <source>Récupérer les destinataires depuis la base de la librairie (outil d&apos;import)</source>
        <translation>Get recipients from the bookstore database (import tool)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="263"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="264"/>
        <source>Fournisseurs SMS, expéditeur, langue</source>
        <translation>SMS providers, sender, language</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="271"/>
        <source>Consommation…</source>
        <translation>Consumption…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="272"/>
        <source>Nombre de SMS envoyés par mois</source>
        <translation>Number of SMS sent per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="279"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="280"/>
        <source>Fermer Ellipses SMS</source>
        <translation>Close Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="286"/>
        <source>Retirer les destinataires sélectionnés</source>
        <translation>Remove the selected recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="287"/>
        <source>Retirer de la liste les lignes sélectionnées</source>
        <translation>Remove the selected rows from the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="292"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="395"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="687"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="293"/>
        <source>Vider la liste des destinataires</source>
        <translation>Empty the recipient list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="300"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="302"/>
        <source>Listes récentes</source>
        <translation>Recent lists</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="311"/>
        <source>&amp;Envoi</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="317"/>
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="320"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="323"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="343"/>
        <source>Mode démonstration : aucun SMS réel n&apos;est envoyé</source>
        <translation>Demo mode: no real SMS is sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="353"/>
        <source>Nouveau destinataire</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="357"/>
        <source>ex. Dupond Claire</source>
        <translation>e.g. Dupond Claire</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="360"/>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="361"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="372"/>
        <source>Nom, Prénom, Raison Sociale</source>
        <translation>Name, first name, company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="373"/>
        <source>Numéro de téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="392"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="393"/>
        <source>Retirer les lignes sélectionnées (Suppr)</source>
        <translation>Remove the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="408"/>
        <source>Aucun destinataire pour l&apos;instant.
Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)
ou déposez ici un fichier CSV ou Excel.</source>
        <translation>No recipient yet.
Type a name and a number above then Enter, open a list (Ctrl+O)
or drop a CSV or Excel file here.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="428"/>
        <source>Déposez ici un fichier de liste (CSV ou Excel) pour l&apos;ajouter</source>
        <translation>Drop a list file (CSV or Excel) here to add it</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="439"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="447"/>
        <source>celui du fournisseur</source>
        <translation>the provider&apos;s</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="450"/>
        <source>Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, sans accent (ou un numéro).</source>
        <translation>Name shown on the customer&apos;s phone: at most 11 letters or digits, no accents (or a number).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="462"/>
        <source>Le fournisseur SMS qui acheminera ce message</source>
        <translation>The SMS provider that will carry this message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="464"/>
        <source>Expéditeur :</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="470"/>
        <source>Information client</source>
        <translation>Customer information</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="471"/>
        <source>Publicité</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="474"/>
        <source>Information client : commande arrivée, rendez-vous… Publicité : promotions, nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP est obligatoire.</source>
        <translation>Customer information: order arrived, appointment… Advertising: promotions, new releases; customers who replied STOP are left out and the STOP mention is required.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="479"/>
        <source>Type :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="482"/>
        <source>Fournisseur :</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="499"/>
        <source>%v / %m envoyés</source>
        <translation>%v / %m sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="502"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="930"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="505"/>
        <source>Arrêter l&apos;envoi : les messages pas encore partis sont annulés</source>
        <translation>Stop sending: messages not sent yet are cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="567"/>
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="597"/>
        <source>Réglage non enregistré : %1</source>
        <translation>Setting not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="604"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="864"/>
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="604"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="864"/>
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="631"/>
        <source>Attendez la fin de l&apos;envoi.</source>
        <translation>Wait until the sending is over.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="636"/>
        <source>Tapez le numéro de téléphone portable du contact.</source>
        <translation>Type the contact&apos;s mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="641"/>
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="645"/>
        <source>Ce numéro est déjà dans la liste des destinataires.</source>
        <translation>This number is already in the recipient list.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="655"/>
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="723"/>
        <source>Fonction indisponible</source>
        <translation>Feature unavailable</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="724"/>
        <source>Cette fonction n&apos;a pas pu être chargée : %1</source>
        <translation>This feature could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="753"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="768"/>
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="769"/>
        <source>La liste des destinataires est vide.</source>
        <translation>The recipient list is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="775"/>
        <source>Liste enregistrée : %1</source>
        <translation>List saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="792"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="798"/>
        <source>Lignes non importées</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="839"/>
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="842"/>
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="849"/>
        <source>Le nom d&apos;expéditeur ne convient pas : %1</source>
        <translation>The sender name cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="862"/>
        <source>Envoyer ce message à %1 ?</source>
        <translation>Send this message to %1?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="869"/>
        <source>%1 SMS au total (%2 par destinataire, %3)</source>
        <translation>%1 SMS in total (%2 per recipient, %3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="873"/>
        <source>Crédits estimés : %1 €</source>
        <translation>Estimated credits: €%1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="874"/>
        <source>Fournisseur : %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="879"/>
        <source>Publicité : les clients qui ont répondu STOP ne le recevront pas.</source>
        <translation>Advertising: customers who replied STOP will not receive it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="883"/>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="931"/>
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="967"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="968"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1003"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1012"/>
        <source>L&apos;envoi s&apos;est arrêté sur une erreur inattendue : %1</source>
        <translation>Sending stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1019"/>
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1053"/>
        <source>Envoi interrompu</source>
        <translation>Interrupted sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1070"/>
        <source>Envois incertains</source>
        <translation>Uncertain messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1079"/>
        <source>Les renvoyer risque un doublon chez ces clients ; les abandonner risque qu&apos;ils ne reçoivent rien.</source>
        <translation>Sending them again may give these customers a duplicate; abandoning them may mean they get nothing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1085"/>
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1086"/>
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1087"/>
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1103"/>
        <source>Envoi en cours</source>
        <translation>Sending in progress</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1105"/>
        <source>Un envoi est en cours. Arrêter l&apos;envoi et fermer ?
Les messages pas encore partis seront annulés.</source>
        <translation>A sending is in progress. Stop it and close?
Messages not sent yet will be cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>%Ln destinataire(s) retiré(s)</source>
        <translation>
            <numerusform>%Ln recipient removed</numerusform>
            <numerusform>%Ln recipients removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>Retirer %Ln destinataire(s) de la liste ?</source>
        <translation>
            <numerusform>Remove %Ln recipient from the list?</numerusform>
            <numerusform>Remove the %Ln recipients from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>%Ln ajouté(s)</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>%Ln déjà présent(s)</source>
        <translation>
            <numerusform>%Ln already present</numerusform>
            <numerusform>%Ln already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>%Ln numéro(s) refusé(s)</source>
        <translation>
            <numerusform>%Ln number refused</numerusform>
            <numerusform>%Ln numbers refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>%Ln destinataire(s) importé(s)</source>
        <translation>
            <numerusform>%Ln recipient imported</numerusform>
            <numerusform>%Ln recipients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>Un envoi n&apos;a pas été terminé (%Ln message(s) restant à envoyer).
Le reprendre maintenant ?</source>
        <translation>
            <numerusform>A sending was not finished (%Ln message left to send).
Resume it now?</numerusform>
            <numerusform>A sending was not finished (%Ln messages left to send).
Resume it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py"/>
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message(s), sans qu&apos;on puisse le vérifier.</source>
        <translation>
            <numerusform>A sending was interrupted: the provider may have received %Ln message, and this cannot be checked.</numerusform>
            <numerusform>A sending was interrupted: the provider may have received %Ln messages, and this cannot be checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="63"/>
        <source>Tapez ici le message à envoyer…</source>
        <translation>Type the message to send here…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="68"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="85"/>
        <source>Remplacer ces caractères</source>
        <translation>Replace these characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="89"/>
        <source>Remplace les caractères qui imposent l&apos;Unicode par leur équivalent simple (ô → o, œ → oe, « → &quot;), pour payer moins de SMS.</source>
        <translation>Replaces the characters that force Unicode by their plain equivalent (ô → o, œ → oe, « → &quot;), so fewer SMS are paid.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="93"/>
        <source>Annuler le remplacement</source>
        <translation>Undo the replacement</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="181"/>
        <source>GSM (160 caractères par SMS)</source>
        <translation>GSM (160 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="183"/>
        <source>Unicode (70 caractères par SMS)</source>
        <translation>Unicode (70 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="187"/>
        <source>GSM (153 caractères par SMS)</source>
        <translation>GSM (153 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="189"/>
        <source>Unicode (67 caractères par SMS)</source>
        <translation>Unicode (67 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="206"/>
        <source>Passent le message en Unicode : %1</source>
        <translation>These make the message Unicode: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="215"/>
        <source>(à retirer à la main : %1)</source>
        <translation>(remove by hand: %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="228"/>
        <source>Total : %1 pour %2</source>
        <translation>Total: %1 for %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py"/>
        <source>%Ln caractère(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py"/>
        <source>%Ln SMS</source>
        <translation>
            <numerusform>%Ln SMS</numerusform>
            <numerusform>%Ln SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py"/>
        <source>reste(nt) %Ln</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/message_editor.py"/>
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="63"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="63"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="63"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="65"/>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="66"/>
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="67"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="68"/>
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="69"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="70"/>
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="71"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="72"/>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="73"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="74"/>
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
</context>
</TS>
