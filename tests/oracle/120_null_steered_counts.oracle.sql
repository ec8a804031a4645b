-- p1 and q1 stand on user_id (what decides their NULLs): 100 users on the
-- impressions' path behind the row
WITH x AS (
  SELECT user_id, impression_dt, substr(user_id, 1, 1) AS b1
  FROM dsp_impressions
  WHERE impression_dt_utc = '2025-06-01 00:00:18'
)
SELECT COUNT(*) AS n,
       COUNT(CASE WHEN substr(user_id, 1, 1) GLOB '[0-9]' THEN 1 END) AS p1,
       COUNT(CASE WHEN b1 IN ('0', '1') THEN 1 END) AS q1
FROM x
HAVING COUNT(DISTINCT user_id) >= 100;
