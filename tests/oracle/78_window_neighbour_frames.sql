-- 78: two windows with frames that exclude the current row, in two specs
-- (the previous row, the next row) over DMA rows ordered by clicks: two
-- window entries, each the clickers of one neighbour. The NULL DMA
-- (NULL-user clicks only, third by clicks) is a neighbour with records but
-- 0 users: the DMAs just before and just after it are removed although
-- they have many clickers; the first and the last row each have one empty
-- frame (no constraint from it). Single-clicker DMAs fail their own path
-- and make their neighbours fail too.
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks,
       SUM(COUNT(*)) OVER (ORDER BY COUNT(*) DESC, dma_code
                           ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_clicks,
       SUM(COUNT(*)) OVER (ORDER BY COUNT(*) DESC, dma_code
                           ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS next_clicks
FROM dsp_clicks
GROUP BY dma_code
