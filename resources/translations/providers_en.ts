<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookstoreSettings</name>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="69"/>
        <source>La base de la librairie (Ellipses 2000 ou autre) où l&apos;import et les avis de réception trouvent les clients. Elle est seulement lue, jamais modifiée.</source>
        <extracomment>The kinds of server offered: (SQLAlchemy driver, what the clerk reads).</extracomment>
        <translation>The bookstore&apos;s database (Ellipses 2000 or another) where the import and the arrival notices find the customers. It is only read, never changed.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="74"/>
        <source>Base de démonstration (clients fictifs, pour essayer)</source>
        <translation>Demo database (made-up customers, to try things out)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="75"/>
        <source>Un fichier de base de données</source>
        <translation>A database file</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="76"/>
        <source>Un serveur de base de données</source>
        <translation>A database server</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="83"/>
        <source>ex. Z:\EL2000\librairie.sqlite</source>
        <translation>e.g. Z:\EL2000\bookstore.sqlite</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="84"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="85"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="92"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="98"/>
        <source>ex. serveur-librairie ou 192.168.1.10</source>
        <translation>e.g. bookstore-server or 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="101"/>
        <source>par défaut</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="104"/>
        <source>ex. ellipses</source>
        <translation>e.g. ellipses</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="111"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="112"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="113"/>
        <source>Port :</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="114"/>
        <source>Base :</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="115"/>
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="116"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="120"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="122"/>
        <source>Tester</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="124"/>
        <source>Ouvre la base en lecture seule et compte ses clients ; rien n&apos;est modifié.</source>
        <translation>Opens the database read-only and counts its customers; nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="145"/>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans les réglages.</source>
        <translation>The password is kept in the system keyring, never in the settings.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="206"/>
        <source>enregistré (vide : inchangé)</source>
        <translation>stored (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="225"/>
        <source>Fichier de la base librairie</source>
        <translation>Bookstore database file</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="227"/>
        <source>Bases de données (%1);;Tous les fichiers (*)</source>
        <translation>Databases (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="262"/>
        <source>Choisissez le fichier de la base (« Parcourir… »).</source>
        <translation>Choose the database file (“Browse…”).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="265"/>
        <source>Indiquez au moins le serveur et le nom de la base.</source>
        <translation>Give at least the server and the database name.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="292"/>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="300"/>
        <source>Base de démonstration : %Ln clients fictifs, pour essayer l&apos;import et les avis. Choisissez la base de la librairie pour vos vrais clients.</source>
        <translation>
            <numerusform>Demo database: %Ln made-up customer, to try the import and the notices. Choose the bookstore&apos;s database for your real customers.</numerusform>
            <numerusform>Demo database: %Ln made-up customers, to try the import and the notices. Choose the bookstore&apos;s database for your real customers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="309"/>
        <source>Cette base est vide : aucune table. Est-ce bien la base de la librairie ?</source>
        <translation>This database is empty: no tables. Is it really the bookstore&apos;s database?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="315"/>
        <source>Base ouverte (%n tables), mais sans table « clients » : les scripts fournis n&apos;y trouveront pas les clients. Est-ce bien la base de la librairie ?</source>
        <translation>
            <numerusform>Database opened (%n table), but without a “clients” table: the shipped scripts will not find the customers there. Is it really the bookstore&apos;s database?</numerusform>
            <numerusform>Database opened (%n tables), but without a “clients” table: the shipped scripts will not find the customers there. Is it really the bookstore&apos;s database?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="323"/>
        <source>Connexion réussie : %Ln clients</source>
        <translation>
            <numerusform>Connected: %Ln customer</numerusform>
            <numerusform>Connected: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="324"/>
        <source> (%n tables dans la base).</source>
        <translation>
            <numerusform> (%n table in the database).</numerusform>
            <numerusform> (%n tables in the database).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="334"/>
        <source>Échec du test : %1</source>
        <translation>Test failed: %1</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="342"/>
        <source>Fichier introuvable : %1. Vérifiez le chemin, et que le lecteur réseau est bien connecté.</source>
        <translation>File not found: %1. Check the path, and that the network drive is connected.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="347"/>
        <source>Ce fichier n&apos;est pas une base de données : %1. Choisissez le fichier de la base de la librairie.</source>
        <translation>This file is not a database: %1. Choose the bookstore&apos;s database file.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="352"/>
        <source>Ce type de base ne peut pas être lu sur ce poste : son pilote (%1) n&apos;est pas installé.</source>
        <translation>This kind of database cannot be read on this computer: its driver (%1) is not installed.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="356"/>
        <source>Adresse incomplète ou invalide : indiquez le serveur et la base.</source>
        <translation>Incomplete or invalid address: give the server and the database.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="358"/>
        <source>Le fichier ne peut pas être lu (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/bookstore_settings.py" line="361"/>
        <source>Le serveur ne répond pas ou refuse la connexion. Vérifiez le serveur, la base, l&apos;utilisateur et le mot de passe. (Détail : %1)</source>
        <translation>The server does not answer or refuses the connection. Check the server, the database, the user and the password. (Detail: %1)</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../ellipses_sms/ui/settings_widgets.py" line="33"/>
        <source>s</source>
        <extracomment>The units offered, in seconds.</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_widgets.py" line="33"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_widgets.py" line="33"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_widgets.py" line="64"/>
        <source>%1 (unité)</source>
        <translation>%1 (unit)</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="107"/>
        <source>Système</source>
        <extracomment>Shown first: where French bookstores&apos; customers are, France&apos;s overseas included. Regions phonenumbers has no name for, and one it writes without its accent.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="110"/>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="111"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage.</source>
        <translation>The new language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="124"/>
        <source>Le pays d&apos;un numéro saisi sans indicatif (06 12 34 56 78 en France, 0470 12 34 56 en Belgique). Un numéro écrit avec + et l&apos;indicatif est lu tel quel, quel que soit ce choix.</source>
        <translation>The country of a number typed without its country code (06 12 34 56 78 in France, 0470 12 34 56 in Belgium). A number written with + and its country code is read as it is, whatever this choice.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="135"/>
        <source>Le pays enregistré (« %1 ») est inconnu : France est proposé.</source>
        <translation>The saved country (“%1”) is unknown: France is proposed.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="140"/>
        <source>Pays des numéros sans indicatif :</source>
        <translation>Country of numbers without a country code:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="145"/>
        <source>ex. Librairie du Marché</source>
        <translation>e.g. Market Bookshop</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="147"/>
        <source>Écrit à la place de {librairie} dans les messages.</source>
        <translation>Written in place of {librairie} in the messages.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="149"/>
        <source>Nom de la librairie :</source>
        <translation>Bookshop name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="151"/>
        <source>vide : celui du fournisseur</source>
        <translation>empty: the provider&apos;s</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="154"/>
        <source>Le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone du client : jusqu&apos;à 11 lettres sans accent et chiffres.</source>
        <translation>The name shown instead of a number on the customer&apos;s phone: up to 11 unaccented letters and digits.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="160"/>
        <source>Nom d&apos;expéditeur par défaut :</source>
        <translation>Default sender name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="164"/>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="167"/>
        <source>Votre portable : « M&apos;envoyer un test » y envoie un exemple réel du message avant l&apos;envoi à tous.</source>
        <translation>Your mobile: “Send me a test” sends a real example of the message there before sending to everyone.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="173"/>
        <source>Numéro pour les tests :</source>
        <translation>Number for tests:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="183"/>
        <source>Le prix que votre fournisseur facture pour un SMS de 160 caractères : sert à estimer le coût d&apos;un envoi avant de le confirmer.</source>
        <translation>The price your provider charges for a 160-character SMS: used to estimate what a send costs before you confirm it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="187"/>
        <source>Prix estimé d&apos;un SMS (par partie) :</source>
        <translation>Estimated price of an SMS (per part):</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/general_settings.py" line="208"/>
        <source>Numéro invalide.</source>
        <translation>Invalid number.</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="35"/>
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="42"/>
        <source>ex. kannel-boutique</source>
        <translation>e.g. kannel-shop</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="47"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="48"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="70"/>
        <source>Enregistrer ce fournisseur</source>
        <translation>Save this provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="74"/>
        <source>Le bac à sable est le fournisseur de démonstration : aucun SMS réel n&apos;est envoyé. Ajoutez un fournisseur pour envoyer de vrais SMS.</source>
        <translation>The sandbox is the demonstration provider: no real SMS is sent. Add a provider to send real SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="88"/>
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demonstration)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="95"/>
        <source>Fournisseur « %1 »</source>
        <translation>Provider “%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="108"/>
        <source>Nouveau fournisseur</source>
        <translation>New provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="154"/>
        <source>Un mot de passe est enregistré dans le trousseau ; il n&apos;est jamais affiché. Laissez vide pour le garder.</source>
        <translation>A password is stored in the keyring; it is never shown. Leave empty to keep it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="159"/>
        <source>enregistré (vide : inchangé)</source>
        <translation>stored (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="161"/>
        <source>non enregistré</source>
        <translation>not stored</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_editor.py" line="183"/>
        <source>Nom d&apos;expéditeur valable.</source>
        <translation>Valid sender name.</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="39"/>
        <source>Aucun trousseau système pour garder le mot de passe : installez ou déverrouillez un trousseau, ou cochez « Sans trousseau… » en bas de l&apos;onglet « Fournisseurs SMS ».</source>
        <translation>No system keyring to keep the password: install or unlock a keyring, or tick “Without a keyring…” at the bottom of the “SMS providers” tab.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="62"/>
        <source>Fournisseurs configurés</source>
        <translation>Configured providers</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="66"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="67"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="68"/>
        <source>Définir par défaut</source>
        <translation>Set as default</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="69"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="76"/>
        <source>Fournisseurs configurés :</source>
        <translation>Configured providers:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="99"/>
        <source>Sans trousseau : garder les mots de passe dans un fichier local NON CHIFFRÉ, lisible par moi seul</source>
        <translation>Without a keyring: keep the passwords in a local file, NOT ENCRYPTED, readable by me only</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="105"/>
        <source>Seulement si ce poste n&apos;a aucun trousseau système et qu&apos;on ne peut pas en installer un : les mots de passe des fournisseurs et des bases sont alors écrits en clair dans un fichier de votre dossier, que seul votre compte peut lire. Avec un trousseau, laissez cette case décochée.</source>
        <translation>Only if this computer has no system keyring and none can be installed: the passwords of the providers and databases are then written in clear in a file of your folder that only your account can read. With a keyring, leave this box unticked.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="129"/>
        <source> (par défaut)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="132"/>
        <source> — mot de passe absent</source>
        <translation> — password missing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="148"/>
        <source>Les mots de passe sont gardés dans le trousseau système (%1).</source>
        <translation>Passwords are kept in the system keyring (%1).</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="151"/>
        <source>Aucun trousseau système : les mots de passe sont gardés dans un fichier local NON CHIFFRÉ, lisible par vous seul (%1), comme vous l&apos;avez autorisé.</source>
        <translation>No system keyring: passwords are kept in a local UNENCRYPTED file that only you can read (%1), as you allowed.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="156"/>
        <source>Aucun trousseau système n&apos;est disponible pour garder les mots de passe. Installez ou déverrouillez un trousseau (Trousseau GNOME ou KWallet sous Linux, Trousseau d&apos;accès sous macOS, Gestionnaire d&apos;identification sous Windows), puis rouvrez Paramètres ; ou cochez la case ci-dessous.</source>
        <translation>No system keyring is available to keep the passwords. Install or unlock a keyring (GNOME Keyring or KWallet on Linux, Keychain Access on macOS, Credential Manager on Windows), then reopen Settings; or tick the box below.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="228"/>
        <source>Fournisseur enregistré.</source>
        <translation>Provider saved.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="237"/>
        <source>Supprimer le fournisseur</source>
        <translation>Remove the provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="238"/>
        <source>Supprimer le fournisseur « %1 » et son mot de passe ?</source>
        <translation>Remove the provider “%1” and its password?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="256"/>
        <source>« %1 » est maintenant le fournisseur par défaut.</source>
        <translation>“%1” is now the default provider.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="267"/>
        <source>Test de « %1 » en cours…</source>
        <translation>Testing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="269"/>
        <source>Crédit restant : %1.</source>
        <translation>Credit left: %1.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="290"/>
        <source>Connexion réussie</source>
        <translation>Connection successful</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/provider_settings.py" line="290"/>
        <source>Échec du test</source>
        <translation>Test failed</translation>
    </message>
</context>
<context>
    <name>SendingSettings</name>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="26"/>
        <source>Si le fournisseur ne répond pas</source>
        <translation>If the provider does not answer</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="32"/>
        <source> fois</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="35"/>
        <source>Un fournisseur injoignable ou surchargé refuse parfois un envoi pour un moment : le SMS est alors essayé de nouveau, jusqu&apos;à ce nombre d&apos;essais en tout. Un numéro refusé ou un crédit épuisé n&apos;est jamais réessayé.</source>
        <translation>A provider that cannot be reached or is overloaded sometimes refuses a send for a while: the SMS is then tried again, up to this number of tries in all. A refused number or an exhausted credit is never tried again.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="40"/>
        <source>Essayer chaque SMS au plus :</source>
        <translation>Try each SMS at most:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="43"/>
        <source>Premier nouvel essai après :</source>
        <translation>First new try after:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="46"/>
        <source>Puis au plus toutes les :</source>
        <translation>Then at most every:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="48"/>
        <source>Premier nouvel essai après</source>
        <translation>First new try after</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="49"/>
        <source>Puis au plus toutes les</source>
        <translation>Then at most every</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="60"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="68"/>
        <source>Prend seulement les messages que le fournisseur de l&apos;envoi n&apos;a certainement pas reçus (injoignable, identifiants ou crédit refusés), jamais un message peut-être parti.</source>
        <translation>Takes only the messages the send&apos;s provider certainly never received (unreachable, credentials or credit refused), never a message that may have gone.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="73"/>
        <source>Fournisseur de secours :</source>
        <translation>Failover provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="77"/>
        <source>Vérifier la remise des SMS toutes les</source>
        <translation>Check the delivery of SMS every</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="80"/>
        <source>Le programme demande au fournisseur si les SMS envoyés sont arrivés sur le téléphone des clients. Plus souvent : la colonne État se met à jour plus vite ; certains fournisseurs limitent le nombre de demandes.</source>
        <translation>The program asks the provider whether the SMS sent have reached the customers&apos; phones. More often: the State column updates sooner; some providers limit the number of requests.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="85"/>
        <source>Vérifier la remise des SMS toutes les :</source>
        <translation>Check the delivery of SMS every:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="106"/>
        <source>Le SMS n&apos;est pas essayé de nouveau : il est marqué en échec.</source>
        <translation>The SMS is not tried again: it is marked as failed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="109"/>
        <source>Nouvelles tentatives si le fournisseur ne répond pas : %n fois</source>
        <translation>
            <numerusform>If the provider does not answer, try again %n time</numerusform>
            <numerusform>If the provider does not answer, try again %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/sending_settings.py" line="110"/>
        <source>, la première après %1, au plus toutes les %2.</source>
        <translation>, the first after %1, at most every %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="37"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="49"/>
        <source>Fournisseurs SMS</source>
        <translation>SMS providers</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="50"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="51"/>
        <source>Envois</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="52"/>
        <source>Base librairie</source>
        <translation>Bookstore database</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="53"/>
        <source>Base des messages</source>
        <translation>Message store</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="54"/>
        <source>Avis de réception</source>
        <translation>Arrival notices</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="55"/>
        <source>Publicité</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="62"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="63"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="59"/>
        <source>Sur ce poste (un fichier, un seul poste)</source>
        <translation>On this workstation (a file, one workstation)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="60"/>
        <source>Serveur PostgreSQL partagé (plusieurs postes)</source>
        <translation>Shared PostgreSQL server (several workstations)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="79"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="85"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="68"/>
        <source>ex. serveur-caisse ou 192.168.1.10</source>
        <translation>e.g. till-server or 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="72"/>
        <source>par défaut (5432)</source>
        <translation>default (5432)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="75"/>
        <source>ex. ellipses</source>
        <translation>e.g. ellipses</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="89"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="90"/>
        <source>Port :</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="91"/>
        <source>Base :</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="92"/>
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="93"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="97"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="110"/>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans les réglages. Le changement s&apos;applique au prochain démarrage.</source>
        <translation>The password is kept in the system keyring, never in the settings. The change applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="124"/>
        <source>enregistré</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="152"/>
        <source>Adresse répartie dans les champs.</source>
        <translation>Address split into the fields.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="184"/>
        <source>Saisissez le nom ou l&apos;adresse du serveur.</source>
        <translation>Type the server&apos;s name or address.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="186"/>
        <source>Saisissez le nom de la base.</source>
        <translation>Type the database&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/store_settings.py" line="199"/>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
</context>
</TS>
