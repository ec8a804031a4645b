-- 85: a window over grouped rows filtered by HAVING: windows see only the
-- groups HAVING kept. With HAVING COUNT(DISTINCT user_id) >= 2 the NULL DMA
-- and the single-clicker DMAs are gone before the window runs, so the frame
-- of the previous row (ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING, ordered by
-- clickers) of the first kept DMA is empty (no constraint), and every other
-- frame is a DMA with 2 clickers or more: nothing is removed (contrast with
-- 77, where the first 2-clicker DMA follows a single-clicker one).
-- expect: keeps-all
SELECT dma_code,
       COUNT(*) AS clicks,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(*)) OVER (ORDER BY COUNT(DISTINCT user_id), dma_code
                           ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_clicks
FROM dsp_clicks
GROUP BY dma_code
HAVING COUNT(DISTINCT user_id) >= 2
