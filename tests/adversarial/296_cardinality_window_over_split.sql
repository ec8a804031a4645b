-- attack: CARDINALITY of a split user_id as a window PARTITION BY key, the partition sizes output
-- mechanism: 5
-- expect-at: 5:60
WITH w AS (
  SELECT campaign, COUNT(*) OVER (PARTITION BY CARDINALITY(REGEXP_SPLIT(user_id, '[A-F]'))) AS same_shape
  FROM dsp_impressions
)
SELECT campaign, same_shape, COUNT(*) AS n
FROM w
GROUP BY campaign, same_shape
