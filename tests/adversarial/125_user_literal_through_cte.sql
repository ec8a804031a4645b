-- attack: literal id lowered in a CTE over VALUES, then joined on user_id
-- expect: literal compared with VERY_HIGH column (literal through a CTE column)
-- expect-at: 10:18
WITH target AS (
  SELECT LOWER(uid) AS uid
  FROM (VALUES ('A1B2C3D4E5F60718')) AS v(uid)
)
SELECT i.campaign, COUNT(*) AS imps
FROM dsp_impressions i
JOIN target t ON i.user_id = t.uid
GROUP BY i.campaign
