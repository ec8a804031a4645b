-- attack: DENSE_RANK() partitioned by a CUSTOM_PARAMETER and ordered by user_id, grouped on: one row per user
-- mechanism: 4
-- expect-at: 11:10
WITH r AS (
  SELECT impressions,
         DENSE_RANK() OVER (PARTITION BY CUSTOM_PARAMETER('bucket') ORDER BY user_id) AS user_no
  FROM dsp_impressions
)
SELECT SUM(impressions) AS imps
FROM r
GROUP BY user_no
