-- attack: per-user CTE, then MAX(user_id) OVER a partition of equal counts
-- expect: VERY_HIGH in output (window aggregate over a per-user CTE)
-- expect-at: 15:8
WITH per_user AS (
  SELECT user_id, campaign, COUNT(*) AS imps
  FROM dsp_impressions
  GROUP BY user_id, campaign
),
ranked AS (
  SELECT campaign, imps,
         MAX(user_id) OVER (PARTITION BY campaign, imps) AS who
  FROM per_user
)
SELECT campaign, imps,
       MIN(who) AS example_user
FROM ranked
GROUP BY campaign, imps
