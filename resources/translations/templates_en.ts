<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="100" />
        <source>Confirmer l'envoi</source>
        <translation>Confirm the send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="117" />
        <source>Envoyer ce message à %1 destinataire ?</source>
        <translation>Send this message to %1 recipient?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="119" />
        <source>Envoyer ce message à %1 destinataires ?</source>
        <translation>Send this message to %1 recipients?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="125" />
        <source>%1 SMS au total, coût estimé %2</source>
        <translation>%1 SMS in all, estimated cost %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="131" />
        <source>jusqu'à %1 SMS par message</source>
        <translation>up to %1 SMS per message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="135" />
        <source>%1 en Unicode (70 caractères par SMS)</source>
        <translation>%1 in Unicode (70 characters per SMS)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="139" />
        <source>Fournisseur : %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="142" />
        <source>Publicité : les clients qui ont répondu STOP ne le recevront pas.</source>
        <translation>Marketing: customers who answered STOP will not receive it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="159" />
        <source>Ce que recevra %1 (%2) :</source>
        <translation>What %1 (%2) will receive:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="187" />
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="191" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="193" />
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="293" />
        <source>M'envoyer un test</source>
        <translation>Send me a test</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="196" />
        <source>Envoie ce message d'exemple à votre numéro (réglé dans Paramètres)</source>
        <translation>Sends this example message to your number (set in Settings)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="210" />
        <source>Crédit du fournisseur : vérification…</source>
        <translation>Provider's credit: checking…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="241" />
        <source>%1 destinataire ne le recevra pas :</source>
        <translation>%1 recipient will not receive it:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="243" />
        <source>%1 destinataires ne le recevront pas :</source>
        <translation>%1 recipients will not receive it:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="294" />
        <source>Votre numéro de portable (gardé dans Paramètres) :</source>
        <translation>Your mobile number (kept in Settings):</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="302" />
        <source>Numéro invalide.</source>
        <translation>Invalid number.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="310" />
        <source>Envoi du test au %1…</source>
        <translation>Sending the test to %1…</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="203" />
        <source>%1 : non envoyé, %2</source>
        <extracomment>How long after the last key press the whole send is composed again (ms). The composition matching the current text and table is ready (or None: an error).</extracomment>
        <translation>%1: not sent, %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="208" />
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="210" />
        <source>%1 SMS, %2</source>
        <translation>%1 SMS, %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="215" />
        <source>Pour %1 : « %2 » (%3)</source>
        <translation>For %1: “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="281" />
        <source>jusqu'à %1 SMS (%2)</source>
        <translation>up to %1 SMS (%2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="288" />
        <source>au plus %1 SMS par message avec « %2 »</source>
        <translation>at most %1 SMS per message with “%2”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="292" />
        <source>coût estimé %1</source>
        <translation>estimated cost %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="294" />
        <source>%1 en Unicode</source>
        <translation>%1 in Unicode</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="302" />
        <source>%1 destinataire ne le recevra pas : %2</source>
        <translation>%1 recipient will not receive it: %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/message_preview.py" line="304" />
        <source>%1 destinataires ne le recevront pas : %2</source>
        <translation>%1 recipients will not receive it: %2</translation>
    </message>
</context>
<context>
    <name>PhoneView</name>
    <message>
        <location filename="../../ellipses_sms/ui/send_confirm.py" line="63" />
        <source>SMS %1 / %2</source>
        <extracomment>At most this many refused recipients are listed (the count says the rest).</extracomment>
        <translation>SMS %1 / %2</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <location filename="../../ellipses_sms/ui/template_menu.py" line="39" />
        <source>&amp;Modèles</source>
        <extracomment>The table's rows looked at for field names (a list's rows share their columns).</extracomment>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/template_menu.py" line="46" />
        <source>Insérer un &amp;champ</source>
        <translation>Insert a &amp;field</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/template_menu.py" line="68" />
        <source>(lecture des modèles…)</source>
        <translation>(reading the templates…)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/template_menu.py" line="70" />
        <source>(aucun modèle)</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/template_menu.py" line="74" />
        <source>%1 (publicité)</source>
        <translation>%1 (marketing)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/template_menu.py" line="88" />
        <source>&amp;Gérer les modèles…</source>
        <translation>&amp;Manage templates…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="50" />
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="247" />
        <source>Modèles de message</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="63" />
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="65" />
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="68" />
        <source>&amp;Dupliquer</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="71" />
        <source>S&amp;upprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="90" />
        <source>Information client</source>
        <translation>Customer information</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="91" />
        <source>Publicité</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="95" />
        <source>ex. Bonjour {prenom|}, votre livre {titre_ouvrage|} est arrivé.</source>
        <translation>e.g. Bonjour {prenom|}, votre livre {titre_ouvrage|} est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="105" />
        <source>Champs : {prenom}, {nom}, {titre_ouvrage}… (les colonnes de la liste), {librairie}, {date}. {prenom|cher client} écrit « cher client » quand la valeur manque.</source>
        <translation>Fields: {prenom}, {nom}, {titre_ouvrage}… (the list's columns), {librairie}, {date}. {prenom|dear customer} writes “dear customer” when the value is missing.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="113" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="119" />
        <source>&amp;Utiliser dans le message</source>
        <translation>&amp;Use in the message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="126" />
        <source>N&amp;om :</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="128" />
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="147" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="175" />
        <source>%1 (publicité)</source>
        <translation>%1 (marketing)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="209" />
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="249" />
        <source>Nouveau modèle</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="248" />
        <source>Enregistrer les modifications de « %1 » ?</source>
        <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="338" />
        <source>Supprimer le modèle</source>
        <translation>Delete the template</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="340" />
        <source>Supprimer le modèle « %1 » pour tous les postes ? Les messages déjà envoyés gardent leur texte.</source>
        <translation>Delete the template “%1” for every workstation? Messages already sent keep their text.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/templates_dialog.py" line="358" />
        <source>Le texte du modèle est vide.</source>
        <translation>The template's text is empty.</translation>
    </message>
</context>
</TS>
