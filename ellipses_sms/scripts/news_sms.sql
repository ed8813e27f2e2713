-- name: Clients acceptant les news SMS
-- description: Tous les clients dont la fiche a la case « Recevoir les News par SMS »
--   cochée, avec leur numéro de portable (ou, à défaut, le fixe, qui sera refusé et signalé).
--   Une ville peut limiter la sélection ; vide : toutes les villes.
-- param: ville text "" "Ville (vide : toutes)"
-- kind: marketing
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    c.ville AS ville,
    c.id_client AS id_client,
    c.news_sms AS news_sms
FROM clients AS c
WHERE c.news_sms = 1
  AND (:ville = '' OR c.ville = :ville COLLATE NOCASE)
ORDER BY nom
