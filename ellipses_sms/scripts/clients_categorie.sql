-- name: Clients d'une catégorie
-- description: Les clients qui ont acheté au moins un livre de la catégorie choisie
--   depuis la date indiquée, et qui acceptent les news SMS.
-- param: categorie choice(Roman|Policier|Jeunesse|BD|Manga|Scolaire|Science-fiction|Histoire|Cuisine|Voyage|Poésie|Beaux-arts) Jeunesse "Catégorie"
-- param: depuis date today-365 "Achats depuis le"
-- kind: marketing
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    :categorie AS categorie,
    c.id_client AS id_client,
    c.news_sms AS news_sms
FROM clients AS c
WHERE c.news_sms = 1
  AND EXISTS (
      SELECT 1
      FROM ventes AS v
      JOIN ouvrages AS o ON o.id_ouvrage = v.id_ouvrage
      JOIN categories AS k ON k.id_categorie = o.id_categorie
      WHERE v.id_client = c.id_client
        AND k.libelle = :categorie
        AND v.date_vente >= :depuis
  )
ORDER BY nom
