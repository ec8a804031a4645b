-- entries: the total's impressions (1 user) and what the subquery searched
-- (its own filter, without the correlation), 2 users (LOW dma_code)
WITH probes (d) AS (VALUES ('501'), ('803'), ('602'), ('542'), ('807'), ('623'), ('505'), ('506')),
big AS (SELECT COUNT(*) AS n FROM dsp_impressions)
SELECT p.d AS dma_code, MAX(b.n) AS n
FROM probes p CROSS JOIN big b
WHERE NOT EXISTS (SELECT 1 FROM dsp_impressions x
                  WHERE x.impression_dt = '2025-06-11 05:40:07' AND x.dma_code = p.d)
  AND (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions x
       WHERE x.impression_dt = '2025-06-11 05:40:07') >= 2
GROUP BY p.d;
