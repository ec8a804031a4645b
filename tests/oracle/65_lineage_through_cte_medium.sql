-- 65: lineage through a user-level CTE: first_dt = MIN(impression_dt) is
-- MEDIUM, so the day derived from it with SUBSTRING is MEDIUM too (100
-- users), unlike impression_date (LOW). Early first days have hundreds of
-- people, later ones fewer than 100 (removed).
-- expect: removes
WITH u AS (
  SELECT user_id, MIN(impression_dt) AS first_dt
  FROM dsp_impressions
  GROUP BY user_id
)
SELECT SUBSTRING(first_dt, 1, 10) AS first_day,
       COUNT(*) AS people
FROM u
GROUP BY SUBSTRING(first_dt, 1, 10)
