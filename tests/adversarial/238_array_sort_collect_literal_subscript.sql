-- attack: the first element of ARRAY_SORT(COLLECT(literal rows)) is the target city
-- mechanism: 2
-- expect-at: 9:7
WITH cities AS (
  SELECT ARRAY_SORT(COLLECT(c)) AS cs FROM (VALUES ('Ames'), ('Zion')) AS v (c)
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i CROSS JOIN cities
WHERE i.city_name = cities.cs[1]
GROUP BY i.campaign
