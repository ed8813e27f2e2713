<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="147"/>
        <source>Ellipses SMS</source>
        <extracomment>The dialogs built in their own issues; an action whose module is missing is greyed out.</extracomment>
        <translation>Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="194"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="195"/>
        <source>Bientôt disponible</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="202"/>
        <source>Ouvrir une liste…</source>
        <translation>Open a list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="203"/>
        <source>Ouvrir une liste de diffusion (CSV ou Excel) et l&apos;ajouter aux destinataires</source>
        <translation>Open a mailing list (CSV or Excel) and add it to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="210"/>
        <source>Enregistrer la liste…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="211"/>
        <source>Enregistrer les destinataires comme liste de diffusion</source>
        <translation>Save the recipients as a mailing list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="218"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="478"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="785"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="219"/>
        <source>Envoyer le message aux destinataires</source>
        <translation>Send the message to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="225"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="226"/>
        <source>Accéder à l&apos;historique des messages envoyés</source>
        <translation>Open the history of sent messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="233"/>
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="234"/>
        <source>Ajouter le contact à la liste des destinataires (Entrée)</source>
        <translation>Add the contact to the recipients (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="239"/>
        <source>Importer depuis la base librairie…</source>
        <translation>Import from the bookstore database…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="240"/>
        <source>Récupérer les destinataires depuis la base de la librairie (outil d&apos;import)</source>
        <translation>Get recipients from the bookstore database (import tool)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="247"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="248"/>
        <source>Fournisseurs SMS, expéditeur, langue</source>
        <translation>SMS providers, sender, language</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="255"/>
        <source>Consommation…</source>
        <translation>Consumption…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="256"/>
        <source>Nombre de SMS envoyés par mois</source>
        <translation>Number of SMS sent per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="263"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="264"/>
        <source>Fermer Ellipses SMS</source>
        <translation>Close Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="270"/>
        <source>Retirer les destinataires sélectionnés</source>
        <translation>Remove the selected recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="271"/>
        <source>Retirer de la liste les lignes sélectionnées</source>
        <translation>Remove the selected rows from the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="276"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="380"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="645"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="277"/>
        <source>Vider la liste des destinataires</source>
        <translation>Empty the recipient list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="284"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="286"/>
        <source>Listes récentes</source>
        <translation>Recent lists</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="295"/>
        <source>&amp;Envoi</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="301"/>
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="304"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="307"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="327"/>
        <source>Mode démonstration : aucun SMS réel n&apos;est envoyé</source>
        <translation>Demo mode: no real SMS is sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="337"/>
        <source>Nouveau destinataire</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="341"/>
        <source>ex. Dupond Claire</source>
        <translation>e.g. Dupond Claire</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="344"/>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="345"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="356"/>
        <source>Nom, Prénom, Raison Sociale</source>
        <translation>Name, first name, company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="357"/>
        <source>Numéro de téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="370"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="377"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="378"/>
        <source>Retirer les lignes sélectionnées (Suppr)</source>
        <translation>Remove the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="409"/>
        <source>Déposez ici un fichier de liste (CSV ou Excel) pour l&apos;ajouter</source>
        <translation>Drop a list file (CSV or Excel) here to add it</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="420"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="428"/>
        <source>celui du fournisseur</source>
        <translation>the provider&apos;s</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="431"/>
        <source>Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, sans accent (ou un numéro).</source>
        <translation>Name shown on the customer&apos;s phone: at most 11 letters or digits, no accents (or a number).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="443"/>
        <source>Le fournisseur SMS qui acheminera ce message</source>
        <translation>The SMS provider that will carry this message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="445"/>
        <source>Expéditeur :</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="449"/>
        <source>Fournisseur :</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="466"/>
        <source>%v / %m envoyés</source>
        <translation>%v / %m sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="469"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="873"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="472"/>
        <source>Arrêter l&apos;envoi : les messages pas encore partis sont annulés</source>
        <translation>Stop sending: messages not sent yet are cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="529"/>
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="559"/>
        <source>Réglage non enregistré : %1</source>
        <translation>Setting not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="566"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="812"/>
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="566"/>
        <location filename="../../ellipses_sms/ui/main_window.py" line="812"/>
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="591"/>
        <source>Attendez la fin de l&apos;envoi.</source>
        <translation>Wait until the sending is over.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="596"/>
        <source>Tapez le numéro de téléphone portable du contact.</source>
        <translation>Type the contact&apos;s mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="600"/>
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="603"/>
        <source>Ce numéro est déjà dans la liste des destinataires.</source>
        <translation>This number is already in the recipient list.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="613"/>
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="633"/>
        <source>%1 destinataire retiré</source>
        <translation>%1 recipient removed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="635"/>
        <source>%1 destinataires retirés</source>
        <translation>%1 recipients removed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="646"/>
        <source>Retirer les %1 destinataires de la liste ?</source>
        <translation>Remove the %1 recipients from the list?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="657"/>
        <source>%1 ajouté</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="657"/>
        <source>%1 ajoutés</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="662"/>
        <source>%1 déjà présent(s)</source>
        <translation>%1 already present</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="664"/>
        <source>%1 numéro(s) refusé(s)</source>
        <translation>%1 number(s) refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="681"/>
        <source>Fonction indisponible</source>
        <translation>Feature unavailable</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="682"/>
        <source>Cette fonction n&apos;a pas pu être chargée : %1</source>
        <translation>This feature could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="711"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="726"/>
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="727"/>
        <source>La liste des destinataires est vide.</source>
        <translation>The recipient list is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="733"/>
        <source>Liste enregistrée : %1</source>
        <translation>List saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="747"/>
        <source>%1 destinataire(s) importé(s)</source>
        <translation>%1 recipient(s) imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="750"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="753"/>
        <source>Lignes non importées</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="787"/>
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="790"/>
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="797"/>
        <source>Le nom d&apos;expéditeur ne convient pas : %1</source>
        <translation>The sender name cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="810"/>
        <source>Envoyer ce message à %1 ?</source>
        <translation>Send this message to %1?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="817"/>
        <source>%1 SMS au total (%2 par destinataire, %3)</source>
        <translation>%1 SMS in total (%2 per recipient, %3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="821"/>
        <source>Crédits estimés : %1 €</source>
        <translation>Estimated credits: €%1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="822"/>
        <source>Fournisseur : %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="826"/>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="874"/>
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="909"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="910"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="945"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="954"/>
        <source>L&apos;envoi s&apos;est arrêté sur une erreur inattendue : %1</source>
        <translation>Sending stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="961"/>
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="995"/>
        <source>Envoi interrompu</source>
        <translation>Interrupted sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="997"/>
        <source>Un envoi n&apos;a pas été terminé (%1 message(s) restant à envoyer).
Le reprendre maintenant ?</source>
        <translation>A sending was not finished (%1 message(s) left to send).
Resume it now?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1012"/>
        <source>Envois incertains</source>
        <translation>Uncertain messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1015"/>
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %1 message(s), sans qu&apos;on puisse le vérifier.</source>
        <translation>A sending was interrupted: the provider may have received %1 message(s), and this cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1021"/>
        <source>Les renvoyer risque un doublon chez ces clients ; les abandonner risque qu&apos;ils ne reçoivent rien.</source>
        <translation>Sending them again may give these customers a duplicate; abandoning them may mean they get nothing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1027"/>
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1028"/>
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1029"/>
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1045"/>
        <source>Envoi en cours</source>
        <translation>Sending in progress</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="1047"/>
        <source>Un envoi est en cours. Arrêter l&apos;envoi et fermer ?
Les messages pas encore partis seront annulés.</source>
        <translation>A sending is in progress. Stop it and close?
Messages not sent yet will be cancelled.</translation>
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
        <location filename="../../ellipses_sms/ui/message_editor.py" line="175"/>
        <source>GSM (160 caractères par SMS)</source>
        <translation>GSM (160 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="177"/>
        <source>Unicode (70 caractères par SMS)</source>
        <translation>Unicode (70 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="181"/>
        <source>GSM (153 caractères par SMS)</source>
        <translation>GSM (153 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="183"/>
        <source>Unicode (67 caractères par SMS)</source>
        <translation>Unicode (67 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="188"/>
        <source>%1 caractère</source>
        <translation>%1 character</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="188"/>
        <source>%1 caractères</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="189"/>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="223"/>
        <source>%1 SMS</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="191"/>
        <source>reste %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="191"/>
        <source>restent %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="200"/>
        <source>Passent le message en Unicode : %1</source>
        <translation>These make the message Unicode: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="209"/>
        <source>(à retirer à la main : %1)</source>
        <translation>(remove by hand: %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="222"/>
        <source>Total : %1 pour %2</source>
        <translation>Total: %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="226"/>
        <source>%1 destinataire</source>
        <translation>%1 recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_editor.py" line="226"/>
        <source>%1 destinataires</source>
        <translation>%1 recipients</translation>
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
