-- 25: user-level subquery in FROM (AMC allows it without an alias), then
-- GROUP BY city_name (HIGH: 100): only the largest cities are kept; the NULL
-- city (NULL-user group only) is removed.
-- expect: removes
SELECT city_name,
       COUNT(*) AS people,
       SUM(n) AS imps
FROM (SELECT user_id, city_name, COUNT(*) AS n
      FROM dsp_impressions
      GROUP BY user_id, city_name)
GROUP BY city_name
