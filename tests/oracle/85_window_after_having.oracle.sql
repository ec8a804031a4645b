-- entries of a DMA row: the dsp_clicks path (its clickers) and the window's
-- frame on it: the previous row, in clickers order, among the DMAs that
-- HAVING kept (none for the first: no constraint); dma_code is LOW: 2 users
WITH kept AS (
  SELECT dma_code,
         COUNT(*) AS clicks,
         COUNT(DISTINCT user_id) AS clickers
  FROM dsp_clicks
  GROUP BY dma_code
  HAVING COUNT(DISTINCT user_id) >= 2
),
ordered AS (
  SELECT k.*,
         (SELECT COUNT(*) FROM kept k2
          WHERE k2.clickers < k.clickers
             OR (k2.clickers = k.clickers
                 AND (k2.dma_code < k.dma_code
                      OR (k2.dma_code IS NULL AND k.dma_code IS NOT NULL)))) + 1 AS pos
  FROM kept k
)
SELECT o.dma_code, o.clicks, o.clickers, p.clicks AS prev_clicks
FROM ordered o
LEFT JOIN ordered p ON p.pos = o.pos - 1
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.dma_code IS o.dma_code) >= 2
  AND (p.pos IS NULL
       OR (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
           WHERE c.dma_code IS p.dma_code) >= 2);
