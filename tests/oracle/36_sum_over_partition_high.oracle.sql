SELECT g.dma_code, g.postal_code, g.n, g.dma_n
FROM (SELECT dma_code,
             postal_code,
             COUNT(*) AS n,
             SUM(COUNT(*)) OVER (PARTITION BY dma_code) AS dma_n
      FROM dsp_impressions
      GROUP BY dma_code, postal_code) g
JOIN (SELECT dma_code, COUNT(DISTINCT user_id) AS u
      FROM dsp_impressions
      GROUP BY dma_code) du
  ON g.dma_code IS du.dma_code
WHERE du.u >= 100;
