WITH u AS (
  SELECT user_id, MIN(impression_dt) AS first_dt
  FROM dsp_impressions
  GROUP BY user_id
)
SELECT substr(first_dt, 1, 10) AS first_day,
       COUNT(*) AS people
FROM u
GROUP BY 1
HAVING COUNT(DISTINCT user_id) >= 100;
