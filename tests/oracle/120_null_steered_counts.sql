-- 120: counts of values that are NULL or not according to a character of
-- one person's user_id (picked by a MEDIUM timestamp): SECONDS_BETWEEN of
-- a timestamp whose first character is that character (no timestamp when
-- it is a letter), and a cast to BOOLEAN of a CTE's column holding it.
-- Such functions make NULL of values they cannot read, so what decides the
-- count is user_id: held to HIGH (100 users), and the row, one person's,
-- goes.
-- expect: removes
WITH x AS (
  SELECT user_id, impression_dt,
         SUBSTRING(user_id, 1, 1) AS b1
  FROM dsp_impressions
  WHERE impression_dt_utc = '2025-06-01 00:00:18'
)
SELECT COUNT(*) AS n,
       COUNT(SECONDS_BETWEEN(impression_dt, CONCAT(SUBSTRING(user_id, 1, 1),
                                                   SUBSTRING(impression_dt, 2, 18)))) AS p1,
       COUNT(CAST(b1 AS BOOLEAN)) AS q1
FROM x
