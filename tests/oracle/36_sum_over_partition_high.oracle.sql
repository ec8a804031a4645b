-- entries of a (dma_code, postal_code) row: the dsp_impressions path (the
-- users of that DMA and postal code) and the window's frame on that path
-- (the partition: every row of the DMA, so the DMA's users); postal_code is
-- HIGH: 100 users from each
WITH g AS (
  SELECT dma_code,
         postal_code,
         COUNT(*) AS n,
         SUM(COUNT(*)) OVER (PARTITION BY dma_code) AS dma_n
  FROM dsp_impressions
  GROUP BY dma_code, postal_code
),
own AS (
  SELECT dma_code, postal_code, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  GROUP BY dma_code, postal_code
),
frame AS (
  SELECT dma_code, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  GROUP BY dma_code
)
SELECT g.dma_code, g.postal_code, g.n, g.dma_n
FROM g
JOIN own ON own.dma_code IS g.dma_code AND own.postal_code IS g.postal_code
JOIN frame ON frame.dma_code IS g.dma_code
WHERE own.u >= 100
  AND frame.u >= 100;
