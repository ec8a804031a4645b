-- the city's users among the impressions that pass, 100 (HIGH)
SELECT city_name, COUNT(DISTINCT user_id) AS reach_excluding_buyers
FROM dsp_impressions
WHERE user_id NOT IN (SELECT user_id FROM conversions WHERE tracked_asin = 'B0001A2B3C')
GROUP BY city_name
HAVING COUNT(DISTINCT user_id) >= 100;
