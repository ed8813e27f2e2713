<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ScheduledDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="45" />
        <source>Envois programmés</source>
        <translation>Scheduled sends</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="55" />
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="56" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="57" />
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="58" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="59" />
        <source>Pourquoi il attend</source>
        <translation>Why it waits</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="68" />
        <source>Aucun envoi programmé.</source>
        <translation>No scheduled send.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="72" />
        <source>Envoyer &amp;maintenant</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="75" />
        <source>&amp;Annuler l'envoi</source>
        <translation>&amp;Cancel the send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="79" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="112" />
        <source>Publicité</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="112" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="117" />
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="151" />
        <source>Envoi n° %1 en cours…</source>
        <translation>Send no. %1 in progress…</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="161" />
        <source>Annuler l'envoi</source>
        <translation>Cancel the send</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="163" />
        <source>Annuler l'envoi n° %1 ? Les messages pas encore partis ne partiront pas.</source>
        <translation>Cancel send no. %1? The messages not yet sent will not go.</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="188" />
        <source>Envoyer plus tard</source>
        <translation>Send later</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="196" />
        <source>&amp;Date et heure d'envoi :</source>
        <translation>&amp;Date and time of the send:</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="200" />
        <source>L'envoi partira de cette fenêtre ouverte ou du service, même après un redémarrage ; une publicité respecte en plus les heures d'envoi.</source>
        <translation>The send will go from this open window or the service, even after a restart; a marketing send also keeps to the sending hours.</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="207" />
        <source>Programmer</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ellipses_sms/ui/scheduled_dialog.py" line="208" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
