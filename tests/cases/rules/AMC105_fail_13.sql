-- AMC105: must be reported. A rank over all rows ordered by reach and then
-- city_name counts as what it orders by, so rk <= 20 filters on city_name.
WITH city_reach AS (
  SELECT city_name, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  WHERE city_name IS NOT NULL
  GROUP BY city_name
),
ranked AS (
  SELECT city_name, reach, ROW_NUMBER() OVER (ORDER BY reach DESC, city_name) AS rn
  FROM city_reach
)
SELECT city_name, reach
FROM ranked
WHERE rn <= 10
