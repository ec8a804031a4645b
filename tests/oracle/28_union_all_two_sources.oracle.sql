SELECT 'click' AS source,
       dma_code,
       COUNT(*) AS n
FROM dsp_clicks
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'tv_impression',
       dma_code,
       COUNT(*)
FROM dsp_impressions
WHERE device_type = 'TV'
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 2;
