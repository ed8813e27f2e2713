<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="58" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="69" />
        <source>Fournisseurs SMS</source>
        <translation>SMS providers</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="70" />
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="72" />
        <source>Base des messages</source>
        <translation>Message store</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="478" />
        <source>ex. Librairie du Marché</source>
        <translation>e.g. Market Bookshop</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="480" />
        <source>Écrit à la place de {librairie} dans les messages.</source>
        <translation>Written in place of {librairie} in the messages.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="482" />
        <source>Nom de la librairie :</source>
        <translation>Bookshop name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="76" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="77" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="90" />
        <source>Fournisseurs configurés</source>
        <translation>Configured providers</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="93" />
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="94" />
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="95" />
        <source>Définir par défaut</source>
        <translation>Set as default</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="96" />
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="103" />
        <source>Fournisseurs configurés :</source>
        <translation>Configured providers:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="119" />
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="123" />
        <source>ex. kannel-boutique</source>
        <translation>e.g. kannel-shop</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="128" />
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="129" />
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="145" />
        <source>Enregistrer ce fournisseur</source>
        <translation>Save this provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="150" />
        <source>Le bac à sable est le fournisseur de démonstration : aucun SMS réel n'est envoyé. Ajoutez un fournisseur pour envoyer de vrais SMS.</source>
        <translation>The sandbox is the demonstration provider: no real SMS is sent. Add a provider to send real SMS.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="161" />
        <source>Sans trousseau : garder les mots de passe dans un fichier local NON CHIFFRÉ, lisible par moi seul</source>
        <translation>Without a keyring: keep the passwords in a local file, NOT ENCRYPTED, readable by me only</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="184" />
        <source> (par défaut)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="187" />
        <source> — mot de passe absent</source>
        <translation> — password missing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="236" />
        <source>Bac à sable (démonstration)</source>
        <translation>Sandbox (demonstration)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="240" />
        <source>Fournisseur « %1 »</source>
        <translation>Provider “%1”</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="256" />
        <source>Nouveau fournisseur</source>
        <translation>New provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="300" />
        <source>Un mot de passe est enregistré dans le trousseau ; il n'est jamais affiché. Laissez vide pour le garder.</source>
        <translation>A password is stored in the keyring; it is never shown. Leave empty to keep it.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="305" />
        <source>enregistré (vide : inchangé)</source>
        <translation>stored (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="307" />
        <source>non enregistré</source>
        <translation>not stored</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="328" />
        <source>Nom d'expéditeur valable.</source>
        <translation>Valid sender name.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="374" />
        <source>Fournisseur enregistré.</source>
        <translation>Provider saved.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="383" />
        <source>Supprimer le fournisseur</source>
        <translation>Remove the provider</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="384" />
        <source>Supprimer le fournisseur « %1 » et son mot de passe ?</source>
        <translation>Remove the provider “%1” and its password?</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="402" />
        <source>« %1 » est maintenant le fournisseur par défaut.</source>
        <translation>“%1” is now the default provider.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="413" />
        <source>Test de « %1 » en cours…</source>
        <translation>Testing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="415" />
        <source>Crédit restant : %1.</source>
        <translation>Credit left: %1.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="443" />
        <source>Connexion réussie</source>
        <translation>Connection successful</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="443" />
        <source>Échec du test</source>
        <translation>Test failed</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="458" />
        <source>Système</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="461" />
        <source>Langue de l'interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="462" />
        <source>La nouvelle langue s'applique au prochain démarrage.</source>
        <translation>The new language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="469" />
        <source>Prix estimé d'un SMS (par partie) :</source>
        <translation>Estimated price of an SMS (per part):</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="471" />
        <source>vide : celui du fournisseur</source>
        <translation>empty: the provider's</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="475" />
        <source>Nom d'expéditeur par défaut :</source>
        <translation>Default sender name:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="485" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="493" />
        <source>Prend seulement les messages que le fournisseur de l'envoi n'a certainement pas reçus (injoignable, identifiants ou crédit refusés), jamais un message peut-être parti.</source>
        <translation>Takes only the messages the send's provider certainly never received (unreachable, credentials or credit refused), never a message that may have gone.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="498" />
        <source>Fournisseur de secours :</source>
        <translation>Failover provider:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="501" />
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="504" />
        <source>Votre portable : « M'envoyer un test » y envoie un exemple réel du message avant l'envoi à tous.</source>
        <translation>Your mobile: “Send me a test” sends a real example of the message there before sending to everyone.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="511" />
        <source>Numéro pour les tests :</source>
        <translation>Number for tests:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/settings_dialog.py" line="527" />
        <source>Numéro invalide.</source>
        <translation>Invalid number.</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>Sur ce poste (un fichier, un seul poste)</source>
        <translation type="vanished">On this workstation (a file, one workstation)</translation>
    </message>
    <message>
        <source>Serveur PostgreSQL partagé (plusieurs postes)</source>
        <translation type="vanished">Shared PostgreSQL server (several workstations)</translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation type="vanished">Server address</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="vanished">Password</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation type="vanished">Test the connection</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation type="vanished">File:</translation>
    </message>
    <message>
        <source>Adresse du serveur :</source>
        <translation type="vanished">Server address:</translation>
    </message>
    <message>
        <source>Mot de passe :</source>
        <translation type="vanished">Password:</translation>
    </message>
    <message>
        <source>Le mot de passe est gardé dans le trousseau du système, jamais dans les réglages. Le changement s'applique au prochain démarrage.</source>
        <translation type="vanished">The password is kept in the system keyring, never in the settings. The change applies at the next start.</translation>
    </message>
    <message>
        <source>enregistré</source>
        <translation type="vanished">saved</translation>
    </message>
    <message>
        <source>Saisissez l'adresse du serveur.</source>
        <translation type="vanished">Type the server's address.</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation type="vanished">Testing…</translation>
    </message>
    <message>
        <source>L'adresse du serveur commence par postgresql://</source>
        <translation type="vanished">The server address starts with postgresql://</translation>
    </message>
</context>
</TS>
