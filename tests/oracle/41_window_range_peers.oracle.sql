-- entries of a DMA row: the dsp_clicks path (the DMA's own clickers) and the
-- window's frame on that path (default RANGE frame: every DMA with at most as
-- many clickers, peers included); dma_code is LOW: 2 users from each
WITH g AS (
  SELECT dma_code,
         COUNT(DISTINCT user_id) AS clickers,
         SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id)) AS running_clickers
  FROM dsp_clicks
  GROUP BY dma_code
)
SELECT g.dma_code, g.clickers, g.running_clickers
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.dma_code IS g.dma_code) >= 2
  AND (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       JOIN g g2 ON c.dma_code IS g2.dma_code
       WHERE g2.clickers <= g.clickers) >= 2;
