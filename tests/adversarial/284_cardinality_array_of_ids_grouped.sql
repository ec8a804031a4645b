-- attack: CARDINALITY(ARRAY[user_id, device_id]) kept per user in a CTE, then grouped with the user's rows
-- mechanism: 5
-- expect-at: 8:8
WITH u AS (
  SELECT user_id, CARDINALITY(ARRAY_DISTINCT(ARRAY[user_id, device_id])) AS k, impressions
  FROM dsp_impressions
)
SELECT k, SUM(impressions) AS imps
FROM u
GROUP BY k
