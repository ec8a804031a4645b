SELECT click_dt_hour,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY click_dt_hour
HAVING COUNT(DISTINCT user_id) >= 2;
