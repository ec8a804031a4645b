SELECT iso_state_province_code AS state,
       city_name,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY iso_state_province_code, city_name
HAVING COUNT(DISTINCT user_id) >= 100;
