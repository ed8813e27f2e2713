<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="54"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="65"/>
        <source>Fournisseurs SMS</source>
        <translation>SMS providers</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="66"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Base des messages</source>
        <translation>Message store</translation>
    </message>
    <message>
        <source>ex. Librairie du Marché</source>
        <translation>e.g. Market Bookshop</translation>
    </message>
    <message>
        <source>Écrit à la place de {librairie} dans les messages.</source>
        <translation>Written in place of {librairie} in the messages.</translation>
    </message>
    <message>
        <source>Nom de la librairie :</source>
        <translation>Bookshop name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="70"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="71"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="84"/>
        <source>Fournisseurs configurés</source>
        <translation>Configured providers</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="87"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="88"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="89"/>
        <source>Définir par défaut</source>
        <translation>Set as default</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="90"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="97"/>
        <source>Fournisseurs configurés :</source>
        <translation>Configured providers:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="113"/>
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="117"/>
        <source>ex. kannel-boutique</source>
        <translation>e.g. kannel-shop</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="122"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="123"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="139"/>
        <source>Enregistrer ce fournisseur</source>
        <translation>Save this provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="144"/>
        <source>Le bac à sable est le fournisseur de démonstration : aucun SMS réel n&apos;est envoyé. Ajoutez un fournisseur pour envoyer de vrais SMS.</source>
        <translation>The sandbox is the demonstration provider: no real SMS is sent. Add a provider to send real SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="155"/>
        <source>Sans trousseau : garder les mots de passe dans un fichier local NON CHIFFRÉ, lisible par moi seul</source>
        <translation>Without a keyring: keep the passwords in a local file, NOT ENCRYPTED, readable by me only</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="178"/>
        <source> (par défaut)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="181"/>
        <source> — mot de passe absent</source>
        <translation> — password missing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="230"/>
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demonstration)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="234"/>
        <source>Fournisseur « %1 »</source>
        <translation>Provider “%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="250"/>
        <source>Nouveau fournisseur</source>
        <translation>New provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="294"/>
        <source>Un mot de passe est enregistré dans le trousseau ; il n&apos;est jamais affiché. Laissez vide pour le garder.</source>
        <translation>A password is stored in the keyring; it is never shown. Leave empty to keep it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="299"/>
        <source>enregistré (vide : inchangé)</source>
        <translation>stored (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="301"/>
        <source>non enregistré</source>
        <translation>not stored</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="322"/>
        <source>Nom d&apos;expéditeur valable.</source>
        <translation>Valid sender name.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="368"/>
        <source>Fournisseur enregistré.</source>
        <translation>Provider saved.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="377"/>
        <source>Supprimer le fournisseur</source>
        <translation>Remove the provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="378"/>
        <source>Supprimer le fournisseur « %1 » et son mot de passe ?</source>
        <translation>Remove the provider “%1” and its password?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="396"/>
        <source>« %1 » est maintenant le fournisseur par défaut.</source>
        <translation>“%1” is now the default provider.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="407"/>
        <source>Test de « %1 » en cours…</source>
        <translation>Testing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="429"/>
        <source>Connexion réussie</source>
        <translation>Connection successful</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="429"/>
        <source>Échec du test</source>
        <translation>Test failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="444"/>
        <source>Système</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="447"/>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="448"/>
        <source>La nouvelle langue s&apos;applique au prochain démarrage.</source>
        <translation>The new language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="455"/>
        <source>Prix estimé d&apos;un SMS (par partie) :</source>
        <translation>Estimated price of an SMS (per part):</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="457"/>
        <source>vide : celui du fournisseur</source>
        <translation>empty: the provider's</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="461"/>
        <source>Nom d&apos;expéditeur par défaut :</source>
        <translation>Default sender name:</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>Sur ce poste (un fichier, un seul poste)</source>
        <translation>On this workstation (a file, one workstation)</translation>
    </message>
    <message>
        <source>Serveur PostgreSQL partagé (plusieurs postes)</source>
        <translation>Shared PostgreSQL server (several workstations)</translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Adresse du serveur :</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans les réglages. Le changement s&apos;applique au prochain démarrage.</source>
        <translation>The password is kept in the system keyring, never in the settings. The change applies at the next start.</translation>
    </message>
    <message>
        <source>enregistré</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Saisissez l&apos;adresse du serveur.</source>
        <translation>Type the server&apos;s address.</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur commence par postgresql://</source>
        <translation>The server address starts with postgresql://</translation>
    </message>
</context>
</TS>
