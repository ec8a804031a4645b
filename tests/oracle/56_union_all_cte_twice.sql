-- 56: a CTE referenced twice, in the two arms of a UNION ALL (two paths):
-- morning and afternoon clickers by DMA; each arm's rows are constrained by
-- that arm's path only.
-- expect: removes
WITH c AS (
  SELECT user_id, dma_code, click_hour
  FROM dsp_clicks
)
SELECT 'am' AS half,
       dma_code,
       COUNT(DISTINCT user_id) AS clickers
FROM c
WHERE click_hour < 12
GROUP BY dma_code
UNION ALL
SELECT 'pm' AS half,
       dma_code,
       COUNT(DISTINCT user_id) AS clickers
FROM c
WHERE click_hour >= 12
GROUP BY dma_code
