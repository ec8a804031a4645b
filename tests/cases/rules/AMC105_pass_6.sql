-- AMC105: must not be reported
-- IF's condition steers its value; NVL2's first argument is only tested for NULL.
SELECT campaign,
       SUM(IF(postal_code = city_name, 1, 0)) AS same_place,
       MAX(NVL2(postal_code, 1, 0)) AS has_postal
FROM dsp_impressions
GROUP BY campaign
HAVING MAX(NVL2(postal_code, 1, 0)) = 1 AND SUM(IF(postal_code = city_name, 1, 0)) > 10
