-- entries of a DMA row: the dsp_clicks path (the DMA's own clickers) and the
-- window SUM(...) OVER () on that path (frame: every DMA row, so every
-- clicker); dma_code is LOW: 2 users from each
WITH g AS (
  SELECT dma_code,
         COUNT(*) AS clicks,
         SUM(COUNT(*)) OVER () AS total_clicks
  FROM dsp_clicks
  GROUP BY dma_code
)
SELECT g.dma_code, g.clicks, g.total_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.dma_code IS g.dma_code) >= 2
  AND (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c) >= 2;
