SELECT click_dt,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY click_dt
HAVING COUNT(DISTINCT user_id) >= 100;
