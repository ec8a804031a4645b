-- 05: GROUP BY dma_code (LOW: 2 users) on dsp_clicks: about a third of the
-- DMAs have a single clicker (removed, even when that clicker clicked several
-- times), the NULL DMA has only NULL-user clicks (removed); DMAs with exactly
-- 2 clickers are kept.
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks,
       COUNT(DISTINCT user_id) AS clickers
FROM dsp_clicks
GROUP BY dma_code
