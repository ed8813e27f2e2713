-- name: Meilleurs clients (chiffre d'affaires)
-- description: Les clients dont les achats depuis la date donnée atteignent au moins
--   le montant choisi, du plus gros au plus petit, parmi ceux qui acceptent les
--   News par SMS : pour une invitation ou une offre de fidélité.
--   {chiffre_affaires} donne le montant de leurs achats.
-- kind: marketing
-- param: montant number 200 "Chiffre d'affaires minimum (€)"
-- param: depuis date today-365 "Achats depuis le"
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille,
    round(sum(v.montant), 2) AS chiffre_affaires,
    c.news_sms AS news_sms
FROM clients AS c
JOIN ventes AS v ON v.client_id = c.id
WHERE c.news_sms = 1
  AND v.date_vente >= :depuis
GROUP BY c.id
HAVING sum(v.montant) >= :montant
ORDER BY sum(v.montant) DESC
