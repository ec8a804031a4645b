SELECT dma_code,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY dma_code
HAVING COUNT(*) >= 2
   AND COUNT(DISTINCT user_id) >= 2;
