-- name: Clients d'un auteur ou d'un éditeur
-- description: Les clients qui ont déjà acheté un livre dont l'auteur ou l'éditeur contient
--   le texte saisi (par exemple « Vargas » ou « Gallimard »), pour leur annoncer une
--   parution ; seulement ceux qui acceptent les news SMS.
-- param: recherche text "Vargas" "Auteur ou éditeur (nom ou partie du nom)"
-- kind: marketing
SELECT
    CASE WHEN COALESCE(c.raison_sociale, '') <> '' THEN c.raison_sociale
         ELSE TRIM(COALESCE(c.prenom, '') || ' ' || c.nom) END AS nom,
    COALESCE(NULLIF(TRIM(c.telephone_portable), ''), c.telephone_fixe) AS numero,
    c.titre AS titre,
    c.prenom AS prenom,
    c.nom AS nom_famille,
    c.id_client AS id_client,
    c.news_sms AS news_sms
FROM clients AS c
WHERE c.news_sms = 1
  AND TRIM(:recherche) <> ''
  AND EXISTS (
      SELECT 1
      FROM ventes AS v
      JOIN ouvrages AS o ON o.id_ouvrage = v.id_ouvrage
      JOIN auteurs AS a ON a.id_auteur = o.id_auteur
      JOIN editeurs AS e ON e.id_editeur = o.id_editeur
      WHERE v.id_client = c.id_client
        AND (a.nom LIKE '%' || TRIM(:recherche) || '%'
             OR e.nom LIKE '%' || TRIM(:recherche) || '%')
  )
ORDER BY nom
