-- entries of a DMA row: the dsp_clicks path (the DMA's own clickers) and one
-- entry per window spec on that path: the previous row's clickers, the next
-- row's clickers (no row there: no constraint); dma_code is LOW: 2 users
-- from each. pos: the row's position in the window order (keys unique)
WITH g AS (
  SELECT dma_code,
         COUNT(*) AS clicks,
         SUM(COUNT(*)) OVER (ORDER BY COUNT(*) DESC, dma_code
                             ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_clicks,
         SUM(COUNT(*)) OVER (ORDER BY COUNT(*) DESC, dma_code
                             ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS next_clicks,
         ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, dma_code) AS pos
  FROM dsp_clicks
  GROUP BY dma_code
),
pos_users AS (
  SELECT g.pos, COUNT(DISTINCT c.user_id) AS u
  FROM g JOIN dsp_clicks c ON c.dma_code IS g.dma_code
  GROUP BY g.pos
)
SELECT g.dma_code, g.clicks, g.prev_clicks, g.next_clicks
FROM g
JOIN pos_users own ON own.pos = g.pos
LEFT JOIN pos_users prev ON prev.pos = g.pos - 1
LEFT JOIN pos_users nxt ON nxt.pos = g.pos + 1
WHERE own.u >= 2
  AND (prev.pos IS NULL OR prev.u >= 2)
  AND (nxt.pos IS NULL OR nxt.u >= 2);
