-- A rank within partitions that are one user each is a count of that
-- user's earlier rows: grouping by it is not per-user (no AMC102), and it
-- reveals nothing of its ORDER BY, identifiers included (no AMC101).
WITH ranked AS (
  SELECT campaign, user_id,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY impression_dt, request_tag) AS touch_rank
  FROM dsp_impressions
)
SELECT touch_rank, COUNT(DISTINCT user_id) AS users
FROM ranked
GROUP BY touch_rank
