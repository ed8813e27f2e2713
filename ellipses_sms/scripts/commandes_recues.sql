-- name: Commandes reçues non retirées (alerte réception)
-- description: Les clients dont une commande est arrivée à la librairie et n'a pas
--   encore été retirée, parmi ceux qui ont coché « Alertes SMS (réception) » sur
--   leur fiche. Un client qui attend plusieurs livres ne reçoit qu'un SMS :
--   {titre_ouvrage} donne les titres, {date_reception} la dernière arrivée.
-- kind: notification
-- param: depuis date today-30 "Reçues depuis le"
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille,
    group_concat(l.titre, ', ') AS titre_ouvrage,
    strftime('%d/%m/%Y', max(cmd.date_reception)) AS date_reception,
    count(*) AS nb_ouvrages
FROM commandes AS cmd
JOIN clients AS c ON c.id = cmd.client_id
JOIN livres AS l ON l.id = cmd.livre_id
WHERE cmd.date_reception IS NOT NULL
  AND cmd.date_retrait IS NULL
  AND cmd.date_reception >= :depuis
  AND c.alerte_sms_reception = 1
GROUP BY c.id
ORDER BY max(cmd.date_reception) DESC, c.nom
