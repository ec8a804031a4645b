-- 41: a running SUM(...) OVER (ORDER BY COUNT(DISTINCT user_id)) with the
-- default RANGE frame: rows with equal keys are peers and share a frame. The
-- many single-clicker DMAs (peers of each other) each get the union of all
-- single-clicker DMAs' users and are kept; the NULL DMA (0 users, alone at
-- the start of the order) is removed.
-- expect: removes
SELECT dma_code,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id)) AS running_clickers
FROM dsp_clicks
GROUP BY dma_code
