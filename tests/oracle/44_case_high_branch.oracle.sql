SELECT CASE WHEN device_type = 'TV' THEN city_name ELSE iso_state_province_code END AS place,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
HAVING COUNT(DISTINCT user_id) >= 100;
