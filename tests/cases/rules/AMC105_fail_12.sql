-- AMC105: must be reported. A 'top 20 plus Other' bucket: the key is the city
-- in some rows and the literal 'Other' in others, which grouping compares.
WITH city_reach AS (
  SELECT city_name, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY city_name
),
ranked AS (
  SELECT city_name, reach, RANK() OVER (ORDER BY reach DESC) AS rk
  FROM city_reach
)
SELECT CASE WHEN rk <= 20 THEN city_name ELSE 'Other' END AS city_group,
       SUM(reach) AS reach
FROM ranked
GROUP BY 1
