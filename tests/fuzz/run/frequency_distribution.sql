-- How many users saw each campaign 1, 2, 3, ... times. The per-user CTE is
-- fine: only counts of users leave the query.
WITH per_user AS (
  SELECT campaign, user_id, SUM(impressions) AS frequency
  FROM dsp_impressions
  GROUP BY campaign, user_id
)
SELECT campaign, frequency, COUNT(user_id) AS users
FROM per_user
GROUP BY campaign, frequency
