-- AMC301: must not be reported. The n-th impression of each user
-- (ROW_NUMBER within a user's own rows) is a count of the user's earlier
-- impressions, not a timestamp: rows need no MEDIUM threshold.
WITH seq AS (
  SELECT user_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY impression_dt) AS nth
  FROM dsp_impressions
)
SELECT nth, COUNT(DISTINCT user_id) AS users FROM seq GROUP BY nth
