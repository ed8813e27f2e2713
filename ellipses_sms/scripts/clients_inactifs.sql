-- name: Clients sans achat depuis N mois
-- description: Les clients déjà venus à la librairie mais sans aucun achat depuis le nombre
--   de mois indiqué, pour les inviter à revenir ; seulement ceux qui acceptent les news SMS.
--   {dernier_achat} donne la date de leur dernier achat.
-- param: mois number 12 "Sans achat depuis (mois)"
-- kind: marketing
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    strftime('%d/%m/%Y', MAX(v.date_vente)) AS dernier_achat,
    c.id_client AS id_client,
    c.news_sms AS news_sms
FROM clients AS c
JOIN ventes AS v ON v.id_client = c.id_client
WHERE c.news_sms = 1
GROUP BY c.id_client
HAVING MAX(v.date_vente) < date('now', printf('-%d months', :mois))
ORDER BY MAX(v.date_vente)
