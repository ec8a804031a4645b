-- attack: DENSE_RANK() OVER (PARTITION BY campaign ORDER BY user_id) gives each (campaign, user) its own number
-- mechanism: 4
-- expect-at: 18:20
-- LEAK (accepted; AMC102 bypass with a genuine partition): DENSE_RANK()
-- OVER (PARTITION BY campaign ORDER BY user_id) gives each (campaign, user)
-- its own number. amcq treats a partitioned rank as revealing nothing of its
-- ORDER BY ("grouping by a partitioned rank is not per user"), but grouping
-- by campaign and that rank makes exactly one result row per user and
-- campaign. With NONE-class metrics only in the output, thresholds need one
-- user per row: per-user impression counts and spend leave AMC.
WITH r AS (
  SELECT campaign, impressions, total_cost,
         DENSE_RANK() OVER (PARTITION BY campaign ORDER BY user_id) AS user_no
  FROM dsp_impressions
)
SELECT SUM(impressions) AS imps, SUM(total_cost) AS cost
FROM r
GROUP BY campaign, user_no
