-- attack: GROUP BY zip - 10001: the group whose key is 0 is the target ZIP, its size the output
-- mechanism: 3
-- expect-at: 10:10
WITH o AS (
  SELECT user_id, CAST(postal_code AS BIGINT) - 10001 AS off
  FROM dsp_impressions
)
SELECT COUNT(DISTINCT user_id) AS reach
FROM o
GROUP BY off
