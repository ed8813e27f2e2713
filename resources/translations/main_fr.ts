<?xml version='1.0' encoding='utf-8'?>
<!-- French is the source language; this file only gives the plural forms of counted sentences
     (Qt's %n), which the source text cannot hold: 0 and 1 take the singular in French. -->
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/main_window.py" line="394" />
        <source>%Ln destinataire(s) importé(s)</source>
        <translation>
            <numerusform>%Ln destinataire importé</numerusform>
            <numerusform>%Ln destinataires importés</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/message_editor.py" line="200" />
        <source>%Ln caractère(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/message_editor.py" line="201" />
        <location filename="../work/main/ellipses_sms/ui/message_editor.py" line="235" />
        <source>%Ln SMS</source>
        <translation>
            <numerusform>%Ln SMS</numerusform>
            <numerusform>%Ln SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/message_editor.py" line="203" />
        <source>reste(nt) %Ln</source>
        <translation>
            <numerusform>reste %Ln</numerusform>
            <numerusform>restent %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/message_editor.py" line="236" />
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/recipients_panel.py" line="194" />
        <source>%Ln destinataire(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/recipients_panel.py" line="266" />
        <source>Retirer %Ln destinataire(s) de la liste ?</source>
        <translation>
            <numerusform>Retirer %Ln destinataire de la liste ?</numerusform>
            <numerusform>Retirer les %Ln destinataires de la liste ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/recipients_panel.py" line="277" />
        <source>%Ln ajouté(s)</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/recipients_panel.py" line="279" />
        <source>%Ln déjà présent(s)</source>
        <translation>
            <numerusform>%Ln déjà présent</numerusform>
            <numerusform>%Ln déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/recipients_panel.py" line="281" />
        <source>%Ln numéro(s) refusé(s)</source>
        <translation>
            <numerusform>%Ln numéro refusé</numerusform>
            <numerusform>%Ln numéros refusés</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../work/main/ellipses_sms/ui/recovery.py" line="129" />
        <source>Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message(s), sans qu'on puisse le vérifier.</source>
        <translation>
            <numerusform>Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message, sans qu'on puisse le vérifier.</numerusform>
            <numerusform>Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln messages, sans qu'on puisse le vérifier.</numerusform>
        </translation>
    </message>
    </context>
</TS>