WITH per_user AS (
  SELECT user_id, campaign, COUNT(*) AS n
  FROM dsp_impressions
  GROUP BY user_id, campaign
)
SELECT campaign, COUNT(*) AS users, SUM(n) AS impressions
FROM per_user
GROUP BY campaign
