-- attack: the target ZIP is MAX over a VALUES list in a CTE, then joined to postal_code
-- mechanism: 2
-- expect-at: 9:18
WITH target AS (
  SELECT MAX(z) AS zip FROM (VALUES ('02139'), ('02138')) AS v (z)
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
JOIN target t ON i.postal_code = t.zip
GROUP BY i.campaign
