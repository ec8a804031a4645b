-- entries of a postal code row: the dsp_impressions path (the postal code's
-- own users) and the window's frame on that path (every row up to it in the
-- window order); postal_code is HIGH: 100 users from each.
-- rk: the row's position in the window order (keys unique: no peers);
-- first_rk: the first position at which each user appears; the frame users
-- of row rk are those with first_rk <= rk (running count of first positions).
WITH g AS MATERIALIZED (
  SELECT postal_code,
         COUNT(DISTINCT user_id) AS reach,
         SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id), postal_code) AS cumulative_reach,
         ROW_NUMBER() OVER (ORDER BY COUNT(DISTINCT user_id), postal_code) AS rk
  FROM dsp_impressions
  GROUP BY postal_code
),
user_rk AS (
  SELECT i.user_id, g.rk
  FROM dsp_impressions i JOIN g ON i.postal_code = g.postal_code
  WHERE i.user_id IS NOT NULL
  UNION ALL
  SELECT i.user_id, g.rk
  FROM dsp_impressions i JOIN g ON i.postal_code IS NULL AND g.postal_code IS NULL
  WHERE i.user_id IS NOT NULL
),
own AS (
  SELECT rk, COUNT(DISTINCT user_id) AS users
  FROM user_rk
  GROUP BY rk
),
first AS (
  SELECT first_rk, COUNT(*) AS n
  FROM (SELECT user_id, MIN(rk) AS first_rk FROM user_rk GROUP BY user_id)
  GROUP BY first_rk
),
cum AS (
  SELECT g.rk, SUM(COALESCE(first.n, 0)) OVER (ORDER BY g.rk) AS users
  FROM g LEFT JOIN first ON first.first_rk = g.rk
)
SELECT g.postal_code, g.reach, g.cumulative_reach
FROM g
JOIN cum ON cum.rk = g.rk
LEFT JOIN own ON own.rk = g.rk
WHERE COALESCE(own.users, 0) >= 100
  AND cum.users >= 100;
