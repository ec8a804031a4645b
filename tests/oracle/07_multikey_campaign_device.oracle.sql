SELECT campaign,
       device_type,
       COUNT(*) AS n,
       SUM(clicks) AS clicks
FROM dsp_clicks
GROUP BY campaign, device_type
HAVING COUNT(DISTINCT user_id) >= 2;
