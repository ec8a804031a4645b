SELECT COUNT(DISTINCT campaign) AS campaigns,
       COUNT(DISTINCT user_id) AS clickers,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 1;
