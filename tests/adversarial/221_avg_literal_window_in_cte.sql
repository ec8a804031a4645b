-- attack: AVG(30301) OVER () attached to every impression row, compared with the cast ZIP one CTE later
-- mechanism: 2
-- expect-at: 10:7
WITH tagged AS (
  SELECT campaign, user_id, postal_code, AVG(30301) OVER () AS probe
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM tagged
WHERE CAST(postal_code AS DOUBLE) = probe
GROUP BY campaign
