SELECT campaign,
       COUNT(DISTINCT postal_code) AS postal_codes,
       COUNT(DISTINCT city_name) AS cities
FROM dsp_impressions
GROUP BY campaign
HAVING COUNT(DISTINCT user_id) >= 2;
