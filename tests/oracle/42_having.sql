-- 42: HAVING filters before thresholds: DMAs with at least 2 clicks, among
-- which those whose clicks all come from one person are removed.
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY dma_code
HAVING COUNT(*) >= 2
