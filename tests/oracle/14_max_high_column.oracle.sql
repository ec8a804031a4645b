SELECT advertiser,
       device_type,
       MAX(city_name) AS last_city
FROM dsp_impressions
GROUP BY advertiser, device_type
HAVING COUNT(DISTINCT user_id) >= 100;
