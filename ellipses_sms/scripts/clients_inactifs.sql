-- name: Clients sans achat depuis N mois
-- description: Les clients qui n'ont rien acheté depuis le nombre de mois choisi
--   (et les clients créés avant cette date qui n'ont jamais rien acheté), parmi
--   ceux qui acceptent les News par SMS : pour les faire revenir.
--   {date_dernier_achat} donne la date de leur dernier achat.
-- kind: marketing
-- param: mois number 6 "Sans achat depuis (mois)"
WITH dernier AS (
    SELECT client_id, max(date_vente) AS date_vente
    FROM ventes
    GROUP BY client_id
)
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille,
    coalesce(strftime('%d/%m/%Y', d.date_vente), 'jamais') AS date_dernier_achat,
    c.news_sms AS news_sms
FROM clients AS c
LEFT JOIN dernier AS d ON d.client_id = c.id
WHERE c.news_sms = 1
  AND coalesce(d.date_vente, c.date_creation) < date('now', '-' || :mois || ' months')
ORDER BY d.date_vente DESC, c.nom
