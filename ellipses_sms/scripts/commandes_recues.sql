-- name: Commandes reçues non retirées (alerte réception)
-- description: Les clients qui ont demandé « Alertes SMS (réception) » et dont une commande
--   est arrivée en magasin mais n'a pas encore été retirée. Un seul SMS par client : les
--   titres reçus sont réunis dans {titre_ouvrage}, la dernière date dans {date_reception}.
-- param: depuis date today-30 "Reçues depuis le"
-- kind: notification
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    group_concat(o.titre, ', ') AS titre_ouvrage,
    strftime('%d/%m/%Y', MAX(cmd.date_reception)) AS date_reception,
    COUNT(*) AS nb_ouvrages,
    c.id_client AS id_client
FROM commandes AS cmd
JOIN clients AS c ON c.id_client = cmd.id_client
JOIN ouvrages AS o ON o.id_ouvrage = cmd.id_ouvrage
WHERE c.alerte_sms_reception = 1
  AND cmd.date_reception IS NOT NULL
  AND cmd.date_retrait IS NULL
  AND cmd.date_reception >= :depuis
GROUP BY c.id_client
ORDER BY MAX(cmd.date_reception), nom
