SELECT 'impressions' AS source,
       device_type,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY device_type
HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'clicks' AS source,
       device_type,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
GROUP BY device_type
HAVING COUNT(DISTINCT user_id) >= 2;
