<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ContactEntry</name>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="46" />
        <source>Nouveau destinataire</source>
        <translation>New recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="50" />
        <source>ex. Dupond Claire</source>
        <translation>e.g. Dupond Claire</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="53" />
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="54" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="67" />
        <source>&amp;Nom, Prénom, Raison Sociale</source>
        <translation>&amp;Name, First name, Company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="69" />
        <source>Numéro de &amp;téléphone</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="75" />
        <source>Nom, Prénom, Raison Sociale</source>
        <translation>Name, first name, company</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="76" />
        <source>Numéro de téléphone</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="89" />
        <source>Tapez le numéro de téléphone portable du contact.</source>
        <translation>Type the contact's mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="94" />
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/contact_entry.py" line="98" />
        <source>Ce numéro est déjà dans la liste des destinataires.</source>
        <translation>This number is already in the recipient list.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="74" />
        <source>Quitter Ellipses SMS</source>
        <translation>Quit Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="75" />
        <source>Enregistrer la liste des destinataires avant de quitter ?</source>
        <translation>Save the recipient list before quitting?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="77" />
        <source>La liste et le message seront de toute façon repris au prochain démarrage.</source>
        <translation>The list and the message will be restored at the next start anyway.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="79" />
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="82" />
        <source>Ne pas enregistrer</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="85" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/draft_keeper.py" line="130" />
        <source>Repris de la dernière fois : %1 destinataire(s) et le message.</source>
        <translation>Restored from last time: %1 recipient(s) and the message.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ellipses_sms/ui/i18n.py" line="94" />
        <source>Publicité</source>
        <extracomment>The package that carries the compiled `.qm` files.</extracomment>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/i18n.py" line="95" />
        <source>Information client</source>
        <translation>Customer information</translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message>
        <location filename="../../ellipses_sms/ui/list_controller.py" line="76" />
        <source>Une liste est en cours de lecture ou d'enregistrement.</source>
        <translation>A list is being read or saved.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/list_controller.py" line="103" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/list_controller.py" line="130" />
        <source>Enregistrer la liste</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/list_controller.py" line="131" />
        <source>La liste des destinataires est vide.</source>
        <translation>The recipient list is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/list_controller.py" line="143" />
        <source>Liste enregistrée : %1</source>
        <translation>List saved: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="73" />
        <source>Ellipses SMS</source>
        <translation>Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="125" />
        <source>Mode démonstration : aucun SMS réel n'est envoyé</source>
        <translation>Demo mode: no real SMS is sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="285" />
        <source>Attendez la fin de l'envoi.</source>
        <translation>Wait until the sending is over.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="273" />
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/main_window.py" line="365" />
        <source>%Ln destinataire(s) importé(s)</source>
        <translation>
            <numerusform>%Ln recipient imported</numerusform>
            <numerusform>%Ln recipients imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="368" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="418" />
        <source>Envoi en cours</source>
        <translation>Sending in progress</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/main_window.py" line="420" />
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
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="53" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="72" />
        <source>celui du fournisseur</source>
        <translation>the provider's</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="75" />
        <source>Nom affiché sur le téléphone du client : 11 lettres ou chiffres au plus, sans accent (ou un numéro).</source>
        <translation>Name shown on the customer's phone: at most 11 letters or digits, no accents (or a number).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="85" />
        <source>E&amp;xpéditeur :</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="87" />
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="95" />
        <location filename="../../ellipses_sms/ui/message_panel.py" line="216" />
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="97" />
        <source>Reprendre un modèle enregistré, insérer un champ ({prenom}…)</source>
        <translation>Use a saved template, insert a field ({prenom}…)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="109" />
        <source>Information client : commande arrivée, rendez-vous… Publicité : promotions, nouveautés ; les clients qui ont répondu STOP sont écartés et la mention STOP est obligatoire.</source>
        <translation>Customer information: order arrived, appointment… Advertising: promotions, new releases; customers who replied STOP are left out and the STOP mention is required.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="114" />
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="116" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="120" />
        <source>Le fournisseur SMS qui acheminera ce message</source>
        <translation>The SMS provider that will carry this message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="122" />
        <source>&amp;Fournisseur :</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="124" />
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="166" />
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="196" />
        <source>Réglage non enregistré : %1</source>
        <translation>Setting not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="218" />
        <source>Remplacer le message par le modèle « %1 » ?</source>
        <translation>Replace the message with the template “%1”?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="220" />
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="221" />
        <source>Insérer au curseur</source>
        <translation>Insert at the cursor</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_panel.py" line="222" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="78" />
        <source>Nom</source>
        <extracomment>A name or number was changed in place (double-click): the send's rendering is stale. An edit was refused; the French reason (a wrong number, one already in the table). The country of numbers typed without a prefix (the window sets the `region` setting).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="78" />
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="78" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="80" />
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="81" />
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="82" />
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="83" />
        <source>Remis</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="84" />
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="85" />
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="86" />
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="87" />
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="88" />
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="89" />
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="129" />
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipient_model.py" line="133" />
        <source>%1 est déjà dans la liste.</source>
        <translation>%1 is already in the list.</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="123" />
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="220" />
        <source>Retirer</source>
        <extracomment>Removing this many selected rows or more asks first (fewer: Ctrl+Z is enough).</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="124" />
        <source>Retirer les lignes sélectionnées (Suppr)</source>
        <translation>Remove the selected rows (Del)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="126" />
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="265" />
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="138" />
        <source>Aucun destinataire pour l'instant.
Tapez un nom et un numéro ci-dessus puis Entrée, ouvrez une liste (Ctrl+O)
ou déposez ici un fichier CSV ou Excel.</source>
        <translation>No recipient yet.
Type a name and a number above then Enter, open a list (Ctrl+O)
or drop a CSV or Excel file here.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="162" />
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="169" />
        <source>Déposez ici un fichier de liste (CSV ou Excel) pour l'ajouter</source>
        <translation>Drop a list file (CSV or Excel) here to add it</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="194" />
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="221" />
        <source>Retirer les %1 destinataires sélectionnés ?</source>
        <translation>Remove the %1 selected recipients?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="239" />
        <source>%1 destinataire retiré — Ctrl+Z pour annuler</source>
        <translation>%1 recipient removed — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="241" />
        <source>%1 destinataires retirés — Ctrl+Z pour annuler</source>
        <translation>%1 recipients removed — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="255" />
        <source>%1 destinataire remis</source>
        <translation>%1 recipient put back</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="255" />
        <source>%1 destinataires remis</source>
        <translation>%1 recipients put back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="266" />
        <source>Retirer %Ln destinataire(s) de la liste ?</source>
        <translation>
            <numerusform>Remove %Ln recipient from the list?</numerusform>
            <numerusform>Remove the %Ln recipients from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="277" />
        <source>%Ln ajouté(s)</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="279" />
        <source>%Ln déjà présent(s)</source>
        <translation>
            <numerusform>%Ln already present</numerusform>
            <numerusform>%Ln already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="281" />
        <source>%Ln numéro(s) refusé(s)</source>
        <translation>
            <numerusform>%Ln number refused</numerusform>
            <numerusform>%Ln numbers refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recipients_panel.py" line="286" />
        <source>Modification refusée</source>
        <translation>Change refused</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="83" />
        <source>Envoi du %1 à %2 : « %3 »</source>
        <extracomment>The start-up question shows this many unfinished sends in full, then « … et N autres ». And this many uncertain recipients.</extracomment>
        <translation>Send of %1 at %2: “%3”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="88" />
        <source>%1 envoyé(s) ou réglé(s), %2 restant à envoyer</source>
        <translation>%1 sent or settled, %2 left to send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="94" />
        <source>… et %1 autre(s) envoi(s)</source>
        <translation>… and %1 other send(s)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="100" />
        <source>Envoi interrompu</source>
        <translation>Interrupted sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="102" />
        <source>Un envoi n'a pas été terminé.</source>
        <translation>A send was not finished.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="104" />
        <source>%1 envois n'ont pas été terminés.</source>
        <translation>%1 sends were not finished.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="108" />
        <source>Le reprendre maintenant ?</source>
        <translation>Resume it now?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="109" />
        <source>Reprendre l'envoi</source>
        <translation>Resume the send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="110" />
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="125" />
        <source>Envois incertains</source>
        <translation>Uncertain messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/recovery.py" line="128" />
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message(s), sans qu'on puisse le vérifier.</source>
        <translation>
            <numerusform>A sending was interrupted: the provider may have received %Ln message, and this cannot be checked.</numerusform>
            <numerusform>A sending was interrupted: the provider may have received %Ln messages, and this cannot be checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="136" />
        <source>Les renvoyer risque un doublon chez ces clients ; les abandonner risque qu'ils ne reçoivent rien.</source>
        <translation>Sending them again may give these customers a duplicate; abandoning them may mean they get nothing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="142" />
        <source>Renvoyer</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="143" />
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/recovery.py" line="144" />
        <source>Décider plus tard</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="30" />
        <location filename="../../ellipses_sms/ui/send_bar.py" line="62" />
        <location filename="../../ellipses_sms/ui/send_bar.py" line="88" />
        <source>%v / %m envoyés</source>
        <translation>%v / %m sent</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="33" />
        <location filename="../../ellipses_sms/ui/send_bar.py" line="68" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="36" />
        <source>Arrêter l'envoi : les messages pas encore partis sont annulés</source>
        <translation>Stop sending: messages not sent yet are cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="39" />
        <source>Reprendre l'envoi annulé</source>
        <translation>Continue the cancelled send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="43" />
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="69" />
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="73" />
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="74" />
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_bar.py" line="83" />
        <source>%v / %m traités : %1 envoyé(s), %2 refusé(s)</source>
        <translation>%v / %m done: %1 sent, %2 refused</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="141" />
        <location filename="../../ellipses_sms/ui/send_controller.py" line="208" />
        <source>Envoyer</source>
        <extracomment>(recipients, text) of the last send that went: quitting then loses nothing.</extracomment>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="144" />
        <source>Ajoutez au moins un destinataire.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="147" />
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="154" />
        <source>Le nom d'expéditeur ne convient pas : %1</source>
        <translation>The sender name cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="181" />
        <source>Préparation de l'envoi…</source>
        <translation>Preparing the send…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="275" />
        <source>Envoi n° %1 programmé le %2 à %3 : il partira de cette fenêtre ou du service, même après un redémarrage (Suivi › Envois programmés).</source>
        <translation>Send no. %1 scheduled on %2 at %3: it will go from this window or the service, even after a restart (Follow-up › Scheduled sends).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="283" />
        <source>Envoi programmé</source>
        <translation>Send scheduled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="304" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="377" />
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="387" />
        <source>L'envoi s'est arrêté sur une erreur inattendue : %1</source>
        <translation>Sending stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="394" />
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="411" />
        <source>Reprendre l'envoi annulé</source>
        <translation>Continue the cancelled send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_controller.py" line="412" />
        <source>Envoyer les %1 message(s) que l'annulation a arrêtés ?</source>
        <translation>Send the %1 message(s) the cancel stopped?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="63" />
        <source>Ouvrir une liste…</source>
        <translation>Open a list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="64" />
        <source>Ouvrir une liste de diffusion (CSV ou Excel) et l'ajouter aux destinataires</source>
        <translation>Open a mailing list (CSV or Excel) and add it to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="72" />
        <source>Enregistrer la liste…</source>
        <translation>Save the list…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="73" />
        <source>Enregistrer les destinataires comme liste de diffusion</source>
        <translation>Save the recipients as a mailing list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="81" />
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="82" />
        <source>Envoyer le message aux destinataires</source>
        <translation>Send the message to the recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="91" />
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="92" />
        <source>Accéder à l'historique des messages envoyés</source>
        <translation>Open the history of sent messages</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="100" />
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="101" />
        <source>Ajouter le contact à la liste des destinataires (Entrée)</source>
        <translation>Add the contact to the recipients (Enter)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="108" />
        <source>Importer depuis la base librairie…</source>
        <translation>Import from the bookstore database…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="109" />
        <source>Récupérer les destinataires depuis la base de la librairie (outil d'import)</source>
        <translation>Get recipients from the bookstore database (import tool)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="117" />
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="118" />
        <source>Fournisseurs SMS, expéditeur, langue</source>
        <translation>SMS providers, sender, language</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="127" />
        <source>Consommation…</source>
        <translation>Consumption…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="128" />
        <source>Nombre de SMS envoyés par mois</source>
        <translation>Number of SMS sent per month</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="136" />
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="137" />
        <source>Fermer Ellipses SMS</source>
        <translation>Close Ellipses SMS</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="145" />
        <source>Retirer les destinataires sélectionnés</source>
        <translation>Remove the selected recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="146" />
        <source>Retirer de la liste les lignes sélectionnées</source>
        <translation>Remove the selected rows from the list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="153" />
        <source>Modèles de message…</source>
        <translation>Message templates…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="154" />
        <source>Écrire, modifier et reprendre les modèles de message</source>
        <translation>Write, edit and reuse message templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="162" />
        <source>Remettre les destinataires retirés</source>
        <translation>Put back the removed recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="163" />
        <source>Annuler le dernier retrait de destinataires (Ctrl+Z dans la table)</source>
        <translation>Undo the last removal of recipients (Ctrl+Z in the table)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="171" />
        <source>Envoyer plus tard…</source>
        <translation>Send later…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="172" />
        <source>Programmer l'envoi à une date et une heure</source>
        <translation>Schedule the send for a date and time</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="179" />
        <source>Envois programmés…</source>
        <translation>Scheduled sends…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="180" />
        <source>Ce qui attend son heure : annuler, envoyer maintenant</source>
        <translation>What waits for its time: cancel, send now</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="187" />
        <source>Reprendre l'envoi annulé</source>
        <translation>Continue the cancelled send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="188" />
        <source>Envoyer ce que l'annulation a arrêté (rien n'est envoyé deux fois)</source>
        <translation>Send what the cancel stopped (nothing is sent twice)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="196" />
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="197" />
        <source>Vider la liste des destinataires</source>
        <translation>Empty the recipient list</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="206" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="208" />
        <source>Listes récentes</source>
        <translation>Recent lists</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="215" />
        <source>&amp;Envoi</source>
        <translation>&amp;Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="223" />
        <source>&amp;Suivi</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="230" />
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/window_actions.py" line="234" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
</TS>