-- attack: IS NOT NULL of a column that is NULLIF-free but mixes postal_code and a literal through GREATEST-free arithmetic
-- mechanism: 3
-- expect-at: 9:8
WITH m AS (
  SELECT campaign, user_id, CAST(postal_code AS BIGINT) - 10001 AS delta FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM m
WHERE (1 / delta) IS NOT NULL
GROUP BY campaign
