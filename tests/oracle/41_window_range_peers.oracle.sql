-- the frame of a row: every DMA with at most as many clickers
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
       JOIN g g2 ON c.dma_code IS g2.dma_code
       WHERE g2.clickers <= g.clickers) >= 2;
