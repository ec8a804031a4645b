-- attack: postal_code IN (SELECT zip FROM a CTE of literals)
-- expect: literal compared with HIGH column (IN subquery of literals)
-- expect-at: 9:7
WITH targets (zip) AS (
  VALUES ('10001'), ('10011')
)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code IN (SELECT zip FROM targets)
GROUP BY campaign
