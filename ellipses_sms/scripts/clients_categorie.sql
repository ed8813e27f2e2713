-- name: Clients d'une catégorie
-- description: Les clients qui ont acheté au moins un livre de la catégorie choisie
--   (Jeunesse, BD, Policier…) depuis la date donnée, et qui acceptent les News
--   par SMS : pour annoncer une nouveauté ou une rencontre dans ce rayon.
-- kind: marketing
-- param: categorie choice(Jeunesse|BD|Policier|Scolaire|Roman|Sciences humaines|Science-fiction|Poésie|Beaux-arts|Cuisine|Voyage|Histoire) Jeunesse "Catégorie"
-- param: depuis date today-730 "Achats depuis le"
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille,
    :categorie AS categorie,
    c.news_sms AS news_sms
FROM clients AS c
WHERE c.news_sms = 1
  AND EXISTS (
      SELECT 1
      FROM ventes AS v
      JOIN lignes_vente AS lv ON lv.vente_id = v.id
      JOIN livres AS l ON l.id = lv.livre_id
      JOIN categories AS cat ON cat.id = l.categorie_id
      WHERE v.client_id = c.id
        AND v.date_vente >= :depuis
        AND cat.libelle = :categorie
  )
ORDER BY c.nom, c.prenom
