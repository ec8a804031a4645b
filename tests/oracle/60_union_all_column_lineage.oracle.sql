SELECT 'city' AS kind,
       city_name AS value,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY city_name
HAVING COUNT(DISTINCT user_id) >= 100
UNION ALL
SELECT 'device' AS kind,
       device_type AS value,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
GROUP BY device_type
HAVING COUNT(DISTINCT user_id) >= 100;
