-- 12: the GROUP BY key (dma_code) is not an output column and COUNT and
-- COUNT(DISTINCT ...) reveal nothing: the requirement is 1 user. Rows of
-- single-clicker DMAs are kept (contrast with 05); only the NULL-DMA row,
-- whose clicks all have NULL user_id (0 users), is removed.
-- expect: removes
SELECT COUNT(DISTINCT campaign) AS campaigns,
       COUNT(DISTINCT user_id) AS clickers,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY dma_code
