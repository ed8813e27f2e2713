-- name: Clients avec alertes SMS (réception)
-- description: Tous les clients qui ont coché « Alertes SMS (réception) » sur leur
--   fiche. Pour un message de service sur leurs commandes (fermeture exceptionnelle,
--   changement d'horaires du retrait), jamais pour de la publicité : pour une annonce,
--   prenez « Clients acceptant les News par SMS ».
-- kind: notification
SELECT
    coalesce(c.raison_sociale, trim(coalesce(c.prenom, '') || ' ' || coalesce(c.nom, ''))) AS nom,
    c.portable AS numero,
    coalesce(c.titre, '') AS titre,
    coalesce(c.prenom, '') AS prenom,
    coalesce(c.nom, c.raison_sociale) AS nom_famille
FROM clients AS c
WHERE c.alerte_sms_reception = 1
ORDER BY c.nom, c.prenom
