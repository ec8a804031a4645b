-- AMC105: must not be reported
-- A FILTER clause and a CASE condition steer an aggregate; its value is the impressions or the flag.
SELECT campaign,
       SUM(impressions) FILTER (WHERE postal_code = city_name) AS local_impressions,
       MAX(CASE WHEN postal_code = city_name THEN 1 ELSE 0 END) AS any_local
FROM dsp_impressions
GROUP BY campaign
HAVING SUM(impressions) FILTER (WHERE postal_code = city_name) > 1000
   AND MAX(CASE WHEN postal_code = city_name THEN 1 ELSE 0 END) = 1
