SELECT 'am' AS half,
       dma_code,
       COUNT(DISTINCT user_id) AS clickers
FROM dsp_clicks
WHERE click_hour < 12
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'pm' AS half,
       dma_code,
       COUNT(DISTINCT user_id) AS clickers
FROM dsp_clicks
WHERE click_hour >= 12
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 2;
