<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>OptOutDialog</name>
    <message>
      <source>Désinscrits (STOP)</source>
      <translation>Unsubscribed (STOP)</translation>
    </message>
    <message>
      <source>Ces numéros ne reçoivent aucune publicité. Les avis (commande arrivée) leur sont encore envoyés, sauf si le réglage « Bloquer aussi les avis » est coché.</source>
      <translation>These numbers receive no marketing. Notices (order arrived) are still sent to them, unless the setting “Also block notices” is ticked.</translation>
    </message>
    <message>
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Numéro de téléphone</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <source>Note (facultative)</source>
      <translation>Note (optional)</translation>
    </message>
    <message>
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Retirer la sélection</source>
      <translation>Remove selection</translation>
    </message>
    <message>
      <source>Importer…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>Exporter…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>%1 numéro(s)</source>
      <translation>%1 number(s)</translation>
    </message>
    <message>
      <source>Numéro refusé : %1</source>
      <translation>Number refused: %1</translation>
    </message>
    <message>
      <source>numéro vide</source>
      <translation>empty number</translation>
    </message>
    <message>
      <source>Ce numéro est déjà dans les désinscrits.</source>
      <translation>This number is already unsubscribed.</translation>
    </message>
    <message>
      <source>Retirer des désinscrits</source>
      <translation>Remove from unsubscribed</translation>
    </message>
    <message>
      <source>Retirer %1 numéro(s) des désinscrits ? Ils pourront de nouveau recevoir des publicités.</source>
      <translation>Remove %1 number(s) from the unsubscribed? They may receive marketing again.</translation>
    </message>
    <message>
      <source>Importer des désinscrits</source>
      <translation>Import unsubscribed numbers</translation>
    </message>
    <message>
      <source>Listes (*.csv *.xlsx)</source>
      <translation>Lists (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>%1 ajouté(s), %2 déjà connu(s), %3 ligne(s) refusée(s).</source>
      <translation>%1 added, %2 already known, %3 row(s) refused.</translation>
    </message>
    <message>
      <source>Exporter les désinscrits</source>
      <translation>Export unsubscribed numbers</translation>
    </message>
    <message>
      <source>%1 numéro(s) enregistré(s).</source>
      <translation>%1 number(s) saved.</translation>
    </message>
  </context>
  <context>
    <name>RepliesDialog</name>
    <message>
      <source>Réponses des clients</source>
      <translation>Customer replies</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>N° Téléphone</source>
      <translation>Phone no.</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Customer</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Relever maintenant</source>
      <translation>Fetch now</translation>
    </message>
    <message>
      <source>  (STOP : désinscrit)</source>
      <translation>  (STOP: unsubscribed)</translation>
    </message>
    <message>
      <source>Aucune réponse reçue.</source>
      <translation>No reply received.</translation>
    </message>
    <message>
      <source>Relève en cours…</source>
      <translation>Fetching…</translation>
    </message>
    <message>
      <source>%1 nouvelle(s) réponse(s), %2 nouveau(x) désinscrit(s).</source>
      <translation>%1 new reply(ies), %2 newly unsubscribed.</translation>
    </message>
  </context>
  <context>
    <name>Marketing</name>
    <message>
      <source>La mention « %1 » est ajoutée à la fin de chaque message.</source>
      <translation>The mention “%1” is added at the end of each message.</translation>
    </message>
    <message>
      <source>Hors des heures permises, l'envoi est programmé pour la prochaine heure permise.</source>
      <translation>Outside the allowed hours, the send is scheduled for the next allowed time.</translation>
    </message>
    <message>
      <source>Un destinataire n'est pas dans la base librairie : son accord pour recevoir des publicités n'y est pas noté.

J'ai l'accord de ce destinataire ?</source>
      <translation>One recipient is not in the bookstore database: their consent to receive marketing is not recorded there.

Do I have this recipient's consent?</translation>
    </message>
    <message>
      <source>%1 destinataires ne sont pas dans la base librairie : leur accord pour recevoir des publicités n'y est pas noté.

J'ai l'accord de ces %1 destinataires ?</source>
      <translation>%1 recipients are not in the bookstore database: their consent to receive marketing is not recorded there.

Do I have the consent of these %1 recipients?</translation>
    </message>
    <message>
      <source>Accord des destinataires</source>
      <translation>Recipients' consent</translation>
    </message>
    <message>
      <source>Désinscrits (STOP)…</source>
      <translation>Unsubscribed (STOP)…</translation>
    </message>
    <message>
      <source>Les numéros qui ne reçoivent plus de publicité</source>
      <translation>The numbers that no longer receive marketing</translation>
    </message>
    <message>
      <source>Réponses…</source>
      <translation>Replies…</translation>
    </message>
    <message>
      <source>Ce que les clients ont répondu</source>
      <translation>What customers replied</translation>
    </message>
    <message>
      <source>Réponses (%1)…</source>
      <translation>Replies (%1)…</translation>
    </message>
  </context>
  <context>
    <name>MarketingSettings</name>
    <message>
      <source>Les SMS publicitaires partent du lundi au samedi, dans ces heures, jamais un jour férié ; hors de ces heures, l'envoi est programmé pour la prochaine heure permise (heure du client pour l'outre-mer).</source>
      <translation>Marketing SMS go out Monday to Saturday, within these hours, never on a public holiday; outside them, the send is scheduled for the next allowed time (the customer's time overseas).</translation>
    </message>
    <message>
      <source>Début des envois :</source>
      <translation>Sending starts:</translation>
    </message>
    <message>
      <source>Fin des envois (21:30 au plus tard) :</source>
      <translation>Sending ends (21:30 at the latest):</translation>
    </message>
    <message>
      <source>ex. 57</source>
      <translation>e.g. 57</translation>
    </message>
    <message>
      <source>57, 67 ou 68 : les jours fériés d'Alsace-Moselle (Vendredi saint, 26 décembre)</source>
      <translation>57, 67 or 68: the Alsace-Moselle public holidays (Good Friday, 26 December)</translation>
    </message>
    <message>
      <source>Département de la librairie :</source>
      <translation>Bookstore's département:</translation>
    </message>
    <message>
      <source>Mention STOP ajoutée :</source>
      <translation>STOP mention added:</translation>
    </message>
    <message>
      <source>Bloquer aussi les avis (commande arrivée) pour les désinscrits</source>
      <translation>Also block notices (order arrived) for unsubscribed numbers</translation>
    </message>
    <message>
      <source>La mention STOP ne peut pas être vide.</source>
      <translation>The STOP mention cannot be empty.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Publicité</source>
      <translation>Marketing</translation>
    </message>
  </context>
</TS>
