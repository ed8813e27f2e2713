-- name: Clients ayant acheté un auteur ou un éditeur
-- description: Les clients qui ont acheté au moins un livre dont l'auteur ou l'éditeur
--   contient le texte tapé (par exemple « Verne » ou « Casterman »), depuis la date
--   donnée, parmi ceux qui acceptent les News par SMS : pour annoncer la sortie
--   d'un nouveau titre. {auteur} et {titre_ouvrage} donnent l'auteur et un titre acheté.
-- kind: marketing
-- param: recherche text "" "Auteur ou éditeur (nom ou partie du nom)"
-- param: depuis date today-1095 "Achats depuis le"
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille,
    max(trim(coalesce(a.prenom, '') || ' ' || a.nom)) AS auteur,
    max(l.titre) AS titre_ouvrage,
    c.news_sms AS news_sms
FROM clients AS c
JOIN ventes AS v ON v.client_id = c.id
JOIN lignes_vente AS lv ON lv.vente_id = v.id
JOIN livres AS l ON l.id = lv.livre_id
JOIN auteurs AS a ON a.id = l.auteur_id
JOIN editeurs AS e ON e.id = l.editeur_id
WHERE c.news_sms = 1
  AND trim(:recherche) <> ''
  AND v.date_vente >= :depuis
  AND (
      (coalesce(a.prenom, '') || ' ' || a.nom) LIKE '%' || trim(:recherche) || '%'
      OR e.nom LIKE '%' || trim(:recherche) || '%'
  )
GROUP BY c.id
ORDER BY c.nom, c.prenom
