-- name: Clients acceptant les News par SMS
-- description: Tous les clients dont la fiche a la case « Recevoir les News par SMS »
--   cochée, pour une annonce, une invitation ou une promotion.
--
--   Laissez la ville vide pour prendre tous les clients, ou tapez une ville
--   (par exemple Villeurbanne) pour ne prendre que ceux qui y habitent.
-- kind: marketing
-- param: ville text "" "Ville (vide : toutes)"
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille,
    c.ville AS ville,
    c.news_sms AS news_sms
FROM clients AS c
WHERE c.news_sms = 1
  AND (:ville = '' OR c.ville = :ville COLLATE NOCASE)
ORDER BY c.nom, c.prenom
