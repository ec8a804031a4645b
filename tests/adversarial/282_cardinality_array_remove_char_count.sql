-- attack: how many characters of user_id are not 'f': CARDINALITY(ARRAY_REMOVE(REGEXP_SPLIT(user_id, ''), 'f'))
-- mechanism: 5
-- expect-at: 8:18
WITH c AS (
  SELECT campaign, CARDINALITY(ARRAY_REMOVE(REGEXP_SPLIT(user_id, ''), 'f')) AS non_f
  FROM dsp_impressions
)
SELECT campaign, non_f, COUNT(*) AS n
FROM c
GROUP BY campaign, non_f
