-- attack: join ON postal_code = a VALUES list of literal postal codes
-- expect: literal compared with HIGH column (join key against VALUES)
-- expect-at: 7:6
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
JOIN (VALUES ('10001'), ('10011')) AS z(zip)
  ON i.postal_code = z.zip
GROUP BY i.campaign
