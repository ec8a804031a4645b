WITH c AS (
  SELECT dma_code, COUNT(*) AS n, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks GROUP BY dma_code
),
t AS (
  SELECT dma_code, COUNT(*) AS n, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions WHERE device_type = 'TV' GROUP BY dma_code
),
k AS (SELECT dma_code FROM c UNION SELECT dma_code FROM t)
SELECT k.dma_code,
       COALESCE(c.n, 0) + COALESCE(t.n, 0) AS events
FROM k
LEFT JOIN c ON c.dma_code IS k.dma_code
LEFT JOIN t ON t.dma_code IS k.dma_code
WHERE (c.n IS NULL OR c.u >= 2)
  AND (t.n IS NULL OR t.u >= 2);
