SELECT city_name,
       COUNT(*) AS people,
       SUM(n) AS imps
FROM (SELECT user_id, city_name, COUNT(*) AS n
      FROM dsp_impressions
      GROUP BY user_id, city_name)
GROUP BY city_name
HAVING COUNT(DISTINCT user_id) >= 100;
