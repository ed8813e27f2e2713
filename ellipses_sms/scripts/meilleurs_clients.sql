-- name: Meilleurs clients
-- description: Les clients dont le chiffre d'affaires depuis la date indiquée atteint au
--   moins le montant choisi, du plus gros au plus petit, s'ils acceptent les news SMS.
--   {chiffre_affaires} donne leur montant d'achats.
-- param: ca_min number 150.00 "Chiffre d'affaires minimum (€)"
-- param: depuis date today-365 "Achats depuis le"
-- kind: marketing
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    ROUND(SUM(v.montant), 2) AS chiffre_affaires,
    c.id_client AS id_client,
    c.news_sms AS news_sms
FROM clients AS c
JOIN ventes AS v ON v.id_client = c.id_client
WHERE c.news_sms = 1
  AND v.date_vente >= :depuis
GROUP BY c.id_client
HAVING SUM(v.montant) >= :ca_min
ORDER BY SUM(v.montant) DESC
