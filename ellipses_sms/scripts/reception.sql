-- name: Réception des commandes (avis automatiques)
-- description: Une ligne par commande arrivée en magasin et pas encore retirée, reçue depuis
--   la date donnée : le client, son portable (à défaut le fixe, qui sera refusé et listé dans
--   « Avis non envoyés »), la commande, le titre, la date de réception et la case « Alertes
--   SMS (réception) » de sa fiche. C'est le script que lisent `ellipses-sms notify` et la
--   surveillance des réceptions ; une librairie le remplace par le sien en enregistrant un
--   fichier reception.sql dans son dossier de scripts (mêmes colonnes, même paramètre).
-- param: depuis date today-60 "Reçues depuis le"
-- kind: notification
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    c.id_client AS id_client,
    cmd.id_commande AS id_commande,
    o.titre AS titre_ouvrage,
    cmd.date_reception AS date_reception,
    cmd.date_retrait AS date_retrait,
    c.alerte_sms_reception AS alerte_sms
FROM commandes AS cmd
JOIN clients AS c ON c.id_client = cmd.id_client
JOIN ouvrages AS o ON o.id_ouvrage = cmd.id_ouvrage
WHERE cmd.date_reception IS NOT NULL
  AND cmd.date_retrait IS NULL
  AND cmd.date_reception >= :depuis
ORDER BY cmd.date_reception, cmd.id_commande
