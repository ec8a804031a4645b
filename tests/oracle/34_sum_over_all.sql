-- 34: SUM(COUNT(*)) OVER () in the final select: the aggregate window's frame
-- is the whole result, so every row's users are the union of all rows'
-- users (440 clickers) and nothing is removed, not even the single-clicker
-- DMAs nor the NULL-user NULL DMA (contrast with 05 and 35).
-- expect: keeps-all
SELECT dma_code,
       COUNT(*) AS clicks,
       SUM(COUNT(*)) OVER () AS total_clicks
FROM dsp_clicks
GROUP BY dma_code
