-- 60: UNION ALL where an output column has a HIGH source in one arm
-- (city_name) and a LOW one in the other (device_type): the column is
-- derived from both, so its requirement (100) applies to the rows of both
-- arms. Device rows with fewer than 100 clickers are removed although
-- device_type alone would need 2.
-- expect: removes
SELECT 'city' AS kind,
       city_name AS value,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY city_name
UNION ALL
SELECT 'device' AS kind,
       device_type AS value,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
GROUP BY device_type
