-- entries of a DMA row: the dsp_clicks path (the DMA's own clickers) and the
-- window's frame on that path (the previous row in the window order, none
-- for the first row: no constraint); dma_code is LOW: 2 users from each.
-- pos: the row's position in the window order (keys unique: no ties)
WITH g AS (
  SELECT dma_code,
         COUNT(DISTINCT user_id) AS clickers,
         SUM(COUNT(*)) OVER (ORDER BY COUNT(DISTINCT user_id), dma_code
                             ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_clicks,
         ROW_NUMBER() OVER (ORDER BY COUNT(DISTINCT user_id), dma_code) AS pos
  FROM dsp_clicks
  GROUP BY dma_code
)
SELECT g.dma_code, g.clickers, g.prev_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.dma_code IS g.dma_code) >= 2
  AND (g.pos = 1
       OR (SELECT COUNT(DISTINCT c.user_id)
           FROM dsp_clicks c JOIN g p ON c.dma_code IS p.dma_code
           WHERE p.pos = g.pos - 1) >= 2);
