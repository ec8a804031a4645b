SELECT campaign,
       COUNT(DISTINCT user_id) AS clickers,
       COUNT(DISTINCT CASE WHEN device_type = 'TV' THEN user_id END) AS tv_clickers
FROM dsp_clicks
GROUP BY campaign
HAVING COUNT(DISTINCT user_id) >= 2;
