-- attack: LENGTH(CAST(HASH64(user_id) AS VARCHAR)) as a grouping key: the digit count of the user's hash
-- mechanism: 5
-- expect-at: 7:8
WITH h AS (
  SELECT LENGTH(CAST(HASH64(user_id) AS VARCHAR)) AS digits, impressions FROM dsp_impressions
)
SELECT digits, SUM(impressions) AS imps
FROM h
GROUP BY digits
