-- 41: a running SUM(...) OVER (ORDER BY COUNT(DISTINCT user_id)) with the
-- default RANGE frame: rows with equal keys are peers and share a frame. The
-- many single-clicker DMAs (peers of each other) share a frame with many
-- users, but the frame is an entry of its own and each DMA's own path needs
-- 2 clickers too: the single-clicker DMAs are removed, and so is the NULL
-- DMA (0 users itself, and alone in its frame at the start of the order).
-- expect: removes
SELECT dma_code,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id)) AS running_clickers
FROM dsp_clicks
GROUP BY dma_code
