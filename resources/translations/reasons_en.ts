<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="32"/>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="441"/>
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="33"/>
        <source>Doublon : déjà dans cet envoi</source>
        <translation>Duplicate: already in this send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="35"/>
        <source>pas de message pour ce destinataire (colonne « message » vide)</source>
        <translation>no message for this recipient (empty “message” column)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="41"/>
        <source>message vide pour ce destinataire</source>
        <translation>empty message for this recipient</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="44"/>
        <source>message vide</source>
        <translation>empty message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="45"/>
        <source>message de la liste : %1</source>
        <translation>message from the list: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="46"/>
        <source>valeur manquante : %1</source>
        <translation>missing value: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="47"/>
        <source>valeurs manquantes : %1</source>
        <translation>missing values: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="49"/>
        <source>Le message est vide (et la liste n&apos;a pas de colonne « message » ou « texte »).</source>
        <translation>The message is empty (and the list has no “message” or “texte” column).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="56"/>
        <source>%1 inconnu ; vouliez-vous dire %2 ?</source>
        <translation>%1 unknown; did you mean %2?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="60"/>
        <source>%1 inconnu ; champs disponibles : %2</source>
        <translation>%1 unknown; available fields: %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="64"/>
        <source>%1 ne peut pas être rempli : le nom de la librairie n&apos;est pas réglé (Réglages : « Nom de la librairie »)</source>
        <translation>%1 cannot be filled: the bookstore&apos;s name is not set (Settings: “Bookstore name”)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="72"/>
        <source>%1 ne peut pas être rempli : la date du jour manque</source>
        <translation>%1 cannot be filled: today&apos;s date is missing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="76"/>
        <source>%1 ne peut pas être rempli : sa valeur est vide</source>
        <translation>%1 cannot be filled: its value is empty</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="80"/>
        <source>accolade « } » au caractère %1 sans accolade « { » avant elle (« %2 ») ; pour écrire une accolade, doublez-la : }}</source>
        <translation>brace “}” at character %1 with no “{” before it (“%2”); to write a brace, double it: }}</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="88"/>
        <source>accolade « { » ouverte au caractère %1 et jamais fermée (« %2 ») ; pour écrire une accolade, doublez-la : {{</source>
        <translation>brace “{” opened at character %1 and never closed (“%2”); to write a brace, double it: {{</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="96"/>
        <source>accolade « { » au caractère %1, dans le champ ouvert au caractère %2 (« %3 ») ; un champ s&apos;écrit {nom} ou {nom|texte} ; pour écrire une accolade, doublez-la : {{ ou }}</source>
        <translation>brace “{” at character %1, inside the field opened at character %2 (“%3”); a field is written {name} or {name|text}; to write a brace, double it: {{ or }}</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="105"/>
        <source>accolades vides au caractère %1 ; un champ s&apos;écrit {nom} ou {nom|texte} ; pour écrire une accolade, doublez-la : {{ ou }}</source>
        <translation>empty braces at character %1; a field is written {name} or {name|text}; to write a brace, double it: {{ or }}</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="113"/>
        <source>« %1 » sans nom de champ au caractère %2 ; un champ s&apos;écrit {nom} ou {nom|texte} ; pour écrire une accolade, doublez-la : {{ ou }}</source>
        <translation>“%1” without a field name at character %2; a field is written {name} or {name|text}; to write a brace, double it: {{ or }}</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="121"/>
        <source>Texte trop long pour le fournisseur « %1 » : %2 caractères, il en accepte au plus %3 ; raccourcissez le texte</source>
        <translation>Text too long for the provider “%1”: %2 characters, it takes at most %3; shorten the text</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="129"/>
        <source>Texte trop long pour le fournisseur « %1 » : %2 SMS, il en accepte au plus %3 par message (réglage « max_parts ») ; raccourcissez le texte</source>
        <translation>Text too long for the provider “%1”: %2 SMS, it takes at most %3 per message (setting “max_parts”); shorten the text</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="137"/>
        <source>Numéro non accepté par le fournisseur « %1 » : pays %2, il n&apos;envoie que vers %3 (réglage « pays acceptés »)</source>
        <translation>Number not accepted by the provider “%1”: country %2, it only sends to %3 (setting “accepted countries”)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="145"/>
        <source>Numéro non accepté par le fournisseur « %1 » : pays inconnu, il n&apos;envoie que vers %2 (réglage « pays acceptés »)</source>
        <translation>Number not accepted by the provider “%1”: unknown country, it only sends to %2 (setting “accepted countries”)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="153"/>
        <source>Numéro non accepté par le fournisseur « %1 » : il ne suit pas le motif « %2 » (réglage « motif des numéros »)</source>
        <translation>Number not accepted by the provider “%1”: it does not match the pattern “%2” (setting “number pattern”)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="161"/>
        <source>Le client a demandé à ne plus recevoir de SMS (STOP)</source>
        <translation>The customer asked to receive no more SMS (STOP)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="165"/>
        <source>Pas d&apos;accord pour les publicités (fiche client : « Recevoir les News par SMS » non cochée)</source>
        <translation>No consent to marketing (customer card: “Recevoir les News par SMS” not ticked)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="173"/>
        <source>base librairie illisible pour les accords (%1)</source>
        <translation>bookstore database unreadable for the consents (%1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="177"/>
        <source>Accord non confirmé : numéro absent de la base librairie</source>
        <translation>Consent not confirmed: number not in the bookstore database</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="181"/>
        <source>Heure invalide : « %1 » (attendu HH:MM, par exemple 08:00).</source>
        <translation>Invalid time: “%1” (expected HH:MM, for example 08:00).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="185"/>
        <source>Plage horaire invalide : %1 doit précéder %2.</source>
        <translation>Invalid hours: %1 must come before %2.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="188"/>
        <source>Aucun jour d&apos;envoi n&apos;est permis.</source>
        <translation>No sending day is allowed.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="190"/>
        <source>Fin des envois publicitaires %1 : au plus tard %2 (charte AF2M).</source>
        <translation>End of marketing sends %1: %2 at the latest (AF2M charter).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="195"/>
        <source>hors des heures autorisées</source>
        <translation>outside the allowed hours</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="197"/>
        <source>Envoi programmé pour %1 : hors des heures autorisées</source>
        <translation>Send scheduled for %1: outside the allowed hours</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="201"/>
        <source>Envoi incertain : pas de réponse du fournisseur pour ce numéro</source>
        <translation>Uncertain send: no answer from the provider for this number</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="207"/>
        <source>l&apos;envoi a été interrompu (arrêt du programme ou coupure)</source>
        <translation>the send was interrupted (program stopped or power cut)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="211"/>
        <source>Le fournisseur demande d&apos;attendre jusqu&apos;à %1 ; l&apos;envoi reprendra alors.</source>
        <translation>The provider asks to wait until %1; the send will resume then.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="217"/>
        <source>Nouvel essai prévu à %1 ; l&apos;envoi reprendra alors.</source>
        <translation>Next attempt at %1; the send will resume then.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="221"/>
        <source>« %1 » n&apos;a rien reçu (%2) : envoi par le fournisseur de secours « %3 ».</source>
        <translation>“%1” received nothing (%2): sending through the backup provider “%3”.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="226"/>
        <source>Le message est vide.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="227"/>
        <source>Aucun destinataire.</source>
        <translation>No recipient.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="228"/>
        <source>L&apos;envoi n° %1 est déjà en cours.</source>
        <translation>Send no. %1 is already running.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="230"/>
        <source>L&apos;envoi n° %1 est en cours sur %2.</source>
        <translation>Send no. %1 is running on %2.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="234"/>
        <source>L&apos;envoi n° %1 vient d&apos;être repris par un autre programme.</source>
        <translation>Send no. %1 has just been taken over by another program.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="237"/>
        <source>Envoi n° %1 introuvable.</source>
        <translation>Send no. %1 not found.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="239"/>
        <source>numéro d&apos;expéditeur trop long : %1 chiffres au plus (« %2 » en a %3)</source>
        <translation>sender number too long: %1 digits at most (“%2” has %3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="245"/>
        <source>nom d&apos;expéditeur trop long : %1 lettres ou chiffres au plus (« %2 » en a %3)</source>
        <translation>sender name too long: %1 letters or digits at most (“%2” has %3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="252"/>
        <source>Crédit non vérifié : « %1 » n&apos;indique pas son crédit.</source>
        <translation>Credit not checked: “%1” does not tell its credit.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="256"/>
        <source>Crédit non vérifié chez « %1 » : %2</source>
        <translation>Credit not checked with “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="277"/>
        <source>%n message(s) sur %1 programmé(s), le premier pour %2 : hors des heures autorisées chez le client</source>
        <translation>
            <numerusform>%n message of %1 scheduled, the first for %2: outside the allowed hours at the customer&apos;s</numerusform>
            <numerusform>%n messages of %1 scheduled, the first for %2: outside the allowed hours at the customer&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="295"/>
        <source>Échec après %n tentatives : %1</source>
        <translation>
            <numerusform>Failed after %n attempt: %1</numerusform>
            <numerusform>Failed after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="305"/>
        <source>Envoi annulé</source>
        <translation>Send cancelled</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="306"/>
        <source>Envoi interrompu</source>
        <translation>Send interrupted</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="307"/>
        <source>Envoi en attente</source>
        <translation>Send waiting</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="308"/>
        <source>Envoi terminé</source>
        <translation>Send finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="311"/>
        <source>%n envoyé(s)</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="313"/>
        <source>%n en échec</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="316"/>
        <source>%n annulé(s)</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="320"/>
        <source>%n incertain(s)</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="324"/>
        <source>%n en attente</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="327"/>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="479"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="329"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/reason_text.py" line="339"/>
        <source>nom d&apos;expéditeur : seulement des lettres sans accent et des chiffres (%1 refusé(s))</source>
        <translation>
            <numerusform>sender name: only unaccented letters and digits (%1 refused)</numerusform>
            <numerusform>sender name: only unaccented letters and digits (%1 refused)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="351"/>
        <source>l&apos;espace</source>
        <translation>the space</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="352"/>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="359"/>
        <source>Crédit insuffisant chez « %1 » : %2 restants, %3 nécessaires pour %4 SMS.</source>
        <translation>Not enough credit with “%1”: %2 left, %3 needed for %4 SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="362"/>
        <source>Crédit insuffisant chez « %1 » : %2 restants, %3 nécessaires (estimé) pour %4 SMS.</source>
        <translation>Not enough credit with “%1”: %2 left, %3 needed (estimated) for %4 SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="366"/>
        <source>Crédit suffisant chez « %1 » : %2 restants, %3 nécessaires pour %4 SMS.</source>
        <translation>Enough credit with “%1”: %2 left, %3 needed for %4 SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="369"/>
        <source>Crédit suffisant chez « %1 » : %2 restants, %3 nécessaires (estimé) pour %4 SMS.</source>
        <translation>Enough credit with “%1”: %2 left, %3 needed (estimated) for %4 SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="389"/>
        <source>Attention : il restera %1, sous le seuil d&apos;alerte de %2.</source>
        <translation>Warning: %1 will be left, under the alert threshold of %2.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/reason_text.py" line="523"/>
        <source>%1 à %2</source>
        <extracomment>Values that are themselves a service&apos;s sentence (a gateway&apos;s error, its provider&apos;s label).</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="19"/>
        <source>le fournisseur « %1 »</source>
        <translation>the provider “%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="23"/>
        <source>Kannel (« %1 »)</source>
        <translation>Kannel (“%1”)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="27"/>
        <source>%1; le message a pu partir</source>
        <translation>%1; the message may have gone out</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="31"/>
        <source>%1 ; le message a pu partir</source>
        <translation>%1; the message may have gone out</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="35"/>
        <source>%1 ne répond pas (délai de connexion dépassé)</source>
        <translation>%1 is not answering (connection time-out)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="39"/>
        <source>%1 n&apos;a pas répondu à temps</source>
        <translation>%1 did not answer in time</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="43"/>
        <source>connexion impossible : %1 injoignable (%2)</source>
        <translation>connection failed: %1 cannot be reached (%2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="47"/>
        <source>connexion coupée pendant la requête (%1)</source>
        <translation>connection cut during the request (%1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="51"/>
        <source>adresse invalide pour %1 (%2)</source>
        <translation>invalid address for %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="55"/>
        <source>erreur réseau (%1, %2)</source>
        <translation>network error (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="59"/>
        <source>%1 demande de ralentir (trop de requêtes)</source>
        <translation>%1 asks to slow down (too many requests)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="63"/>
        <source>%1 est en difficulté (HTTP %2 : %3)</source>
        <translation>%1 is in trouble (HTTP %2: %3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="67"/>
        <source>%1 est en difficulté (HTTP %2)</source>
        <translation>%1 is in trouble (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="71"/>
        <source>adresse de %1 invalide : « %2 » (http:// ou https://)</source>
        <translation>invalid address for %1: “%2” (http:// or https://)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="75"/>
        <source>réglage « %1 » invalide : « %2 » (un nombre)</source>
        <translation>invalid “%1” setting: “%2” (a number)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="79"/>
        <source>réglage « %1 » invalide : « %2 » (un nombre entier)</source>
        <translation>invalid “%1” setting: “%2” (a whole number)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="83"/>
        <source>réglage « %1 » invalide : « %2 » (au moins %3)</source>
        <translation>invalid “%1” setting: “%2” (at least %3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="87"/>
        <source>réglage « %1 » invalide : « %2 » (oui ou non)</source>
        <translation>invalid “%1” setting: “%2” (yes or no)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="91"/>
        <source>codes HTTP invalides : « %1 » (ex. 200-299 ou 200,202)</source>
        <translation>invalid HTTP codes: “%1” (e.g. 200-299 or 200,202)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="95"/>
        <source>codes HTTP invalides : « %1 » (entre 100 et 599)</source>
        <translation>invalid HTTP codes: “%1” (between 100 and 599)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="99"/>
        <source>motif invalide « %1 » : %2</source>
        <translation>invalid pattern “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="103"/>
        <source>Mot de passe du fournisseur « %1 » absent : saisissez-le dans les réglages (il est gardé dans le trousseau système).</source>
        <translation>Password of the provider “%1” missing: enter it in the settings (it is kept in the system keyring).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="111"/>
        <source>mot de passe du fournisseur « %1 » illisible (%2)</source>
        <translation>password of the provider “%1” unreadable (%2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="115"/>
        <source>identifiants refusés par le fournisseur « %1 » (HTTP %2) : vérifiez l&apos;identifiant et le mot de passe dans les réglages</source>
        <translation>credentials refused by the provider “%1” (HTTP %2): check the user name and the password in the settings</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="122"/>
        <source>code %1</source>
        <translation>error code %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="124"/>
        <source>Refusé par le fournisseur : %1</source>
        <translation>Refused by the provider: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="128"/>
        <source>Envoi non confirmé par le fournisseur : %1</source>
        <translation>Sending not confirmed by the provider: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="132"/>
        <source>Serveur du fournisseur joignable (%1, HTTP %2). Les identifiants seront vérifiés au premier envoi.</source>
        <translation>The provider&apos;s server can be reached (%1, HTTP %2). The credentials will be checked at the first send.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="140"/>
        <source>Mot de passe Kannel du fournisseur « %1 » absent : saisissez-le dans les réglages (il est gardé dans le trousseau système).</source>
        <translation>Kannel password of the provider “%1” missing: enter it in the settings (it is kept in the system keyring).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="148"/>
        <source>Refusé par Kannel : %1</source>
        <translation>Refused by Kannel: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="152"/>
        <source>%1 (Kannel : %2)</source>
        <translation>%1 (Kannel: %2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="156"/>
        <source>Réponse inattendue de Kannel (HTTP %1) : %2</source>
        <translation>Unexpected answer from Kannel (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="160"/>
        <source>Envoi incertain : %1</source>
        <translation>Sending uncertain: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="164"/>
        <source>Non envoyé : %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="168"/>
        <source>erreur %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="172"/>
        <source>erreur Twilio %1</source>
        <translation>Twilio error %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="176"/>
        <source>Identifiant du compte Twilio absent pour « %1 »</source>
        <translation>Twilio account identifier missing for “%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="180"/>
        <source>Jeton d&apos;authentification Twilio absent pour « %1 » : saisissez-le dans les réglages (il est gardé dans le trousseau système).</source>
        <translation>Twilio auth token missing for “%1”: enter it in the settings (it is kept in the system keyring).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="188"/>
        <source>identifiants refusés par Twilio pour « %1 » (HTTP %2) : vérifiez l&apos;Account SID et l&apos;Auth Token</source>
        <translation>credentials refused by Twilio for “%1” (HTTP %2): check the Account SID and the Auth Token</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="196"/>
        <source>Expéditeur Twilio absent pour « %1 » : indiquez un numéro Twilio ou un service de messagerie dans les réglages</source>
        <translation>Twilio sender missing for “%1”: give a Twilio number or a messaging service in the settings</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="204"/>
        <source>compte Twilio introuvable (« %1 ») : vérifiez l&apos;Account SID</source>
        <translation>Twilio account not found (“%1”): check the Account SID</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="208"/>
        <source>Refusé par Twilio : %1</source>
        <translation>Refused by Twilio: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="212"/>
        <source>Refusé par Twilio (code %1) : %2</source>
        <translation>Refused by Twilio (code %1): %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="216"/>
        <source>liste des messages reçus illisible (HTTP %1)</source>
        <translation>list of received messages unreadable (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="220"/>
        <source>réponse inattendue de Twilio (HTTP %1) : %2</source>
        <translation>unexpected answer from Twilio (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="224"/>
        <source>compte Twilio « %1 » inactif (statut : %2)</source>
        <translation>Twilio account “%1” inactive (status: %2)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="228"/>
        <source>Connexion à Twilio réussie : compte « %1 » actif.</source>
        <translation>Connected to Twilio: account “%1” active.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="232"/>
        <source>Accusés de réception attendus sur %1 (écoute locale %2).</source>
        <translation>Delivery reports expected at %1 (listening locally on %2).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="236"/>
        <source>Attention : impossible d&apos;écouter sur %1 (port occupé ?) ; %2.</source>
        <translation>Warning: cannot listen on %1 (port in use?); %2.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="242"/>
        <source>erreur Vonage %1</source>
        <translation>Vonage error %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="246"/>
        <source>Clé d&apos;API Vonage absente pour « %1 »</source>
        <translation>Vonage API key missing for “%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="250"/>
        <source>Secret d&apos;API Vonage absent pour « %1 » : saisissez-le dans les réglages (il est gardé dans le trousseau système).</source>
        <translation>Vonage API secret missing for “%1”: enter it in the settings (it is kept in the system keyring).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="258"/>
        <source>identifiants refusés par Vonage pour « %1 » (HTTP %2) : vérifiez la clé et le secret d&apos;API</source>
        <translation>credentials refused by Vonage for “%1” (HTTP %2): check the API key and secret</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="266"/>
        <source>Expéditeur Vonage absent pour « %1 » : indiquez un nom ou un numéro dans les réglages</source>
        <translation>Vonage sender missing for “%1”: give a name or a number in the settings</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="273"/>
        <source>réponse inattendue de Vonage (HTTP %1) : %2 ; le message a pu partir</source>
        <translation>unexpected answer from Vonage (HTTP %1): %2; the message may have gone out</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="279"/>
        <source>Envoyé en partie par Vonage : une partie refusée, code %1</source>
        <translation>Sent in part by Vonage: one part refused, code %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="283"/>
        <source>Refusé par Vonage : %1</source>
        <translation>Refused by Vonage: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="287"/>
        <source>réponse de Vonage illisible pour le solde (HTTP %1)</source>
        <translation>unreadable answer from Vonage for the balance (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="291"/>
        <source>Connexion à Vonage réussie : crédit de %1 %2.</source>
        <translation>Connected to Vonage: credit of %1 %2.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="295"/>
        <source>pays inconnu : %1 (codes ISO à deux lettres, ex. FR, BE, RE)</source>
        <translation>unknown country: %1 (two-letter ISO codes, e.g. FR, BE, RE)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="301"/>
        <source>pays inconnus : %1 (codes ISO à deux lettres, ex. FR, BE, RE)</source>
        <translation>unknown countries: %1 (two-letter ISO codes, e.g. FR, BE, RE)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="307"/>
        <source>Pays acceptés (%1) : %2</source>
        <translation>Accepted countries (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="314"/>
        <source>réglage « %1 » invalide : %2</source>
        <translation>invalid “%1” setting: %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="321"/>
        <source>réglage « %1 » invalide : motif « %2 » (%3)</source>
        <translation>invalid “%1” setting: pattern “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="329"/>
        <source>Accusés de réception attendus sur %1.</source>
        <translation>Delivery reports expected on %1.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="333"/>
        <source>Attention : le port %1 est occupé ; les accusés des messages envoyés avant un redémarrage n&apos;arriveront pas.</source>
        <translation>Warning: port %1 is in use; the reports of messages sent before a restart will not arrive.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="341"/>
        <source>Réponses des clients : sms-service get-url = « %1 ».</source>
        <translation>Customers&apos; replies: sms-service get-url = “%1”.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/gateway_reason_text.py" line="345"/>
        <source>Attention : %1.</source>
        <translation>Warning: %1.</translation>
    </message>
</context>
</TS>
