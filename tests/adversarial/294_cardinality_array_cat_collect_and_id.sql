-- attack: ARRAY_CAT of a COLLECT set and ARRAY[user_id] per user: CARDINALITY is not a COLLECT count
-- mechanism: 5
-- expect-at: 10:8
WITH u AS (
  SELECT user_id,
         CARDINALITY(ARRAY_CAT(COLLECT(DISTINCT campaign), REGEXP_SPLIT(MAX(user_id), '0'))) AS mix
  FROM dsp_impressions
  GROUP BY user_id
)
SELECT mix, COUNT(*) AS users
FROM u
GROUP BY mix
