-- 77: a frame that excludes the current row (ROWS BETWEEN 1 PRECEDING AND 1
-- PRECEDING) over DMA rows ordered by clickers: the window entry of a row is
-- the clickers of the previous row only. The first row (the NULL DMA,
-- NULL-user clicks only) has an empty frame (no constraint from the window)
-- but fails its own path; the single-clicker DMAs fail their own path; the
-- first 2-clicker DMA is removed too, through its frame (the last
-- single-clicker DMA), although it has 2 clickers itself.
-- expect: removes
SELECT dma_code,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(*)) OVER (ORDER BY COUNT(DISTINCT user_id), dma_code
                           ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_clicks
FROM dsp_clicks
GROUP BY dma_code
