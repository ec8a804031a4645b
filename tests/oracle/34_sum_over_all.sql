-- 34: SUM(COUNT(*)) OVER () in the final select: the window is an entry of
-- its own (its frame is the whole result: all 440 clickers), beside the
-- row's own dsp_clicks path (the DMA's clickers). Each must have 2 users,
-- so the window's large frame does not rescue the single-clicker DMAs nor
-- the NULL-user NULL DMA: they are removed, as in 05 (the old rule, which
-- merged the frame's users into the row's, kept every row).
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks,
       SUM(COUNT(*)) OVER () AS total_clicks
FROM dsp_clicks
GROUP BY dma_code
