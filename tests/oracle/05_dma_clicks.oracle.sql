SELECT dma_code,
       COUNT(*) AS clicks,
       COUNT(DISTINCT user_id) AS clickers
FROM dsp_clicks
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 2;
