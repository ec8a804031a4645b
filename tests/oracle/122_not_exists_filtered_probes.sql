-- 122: oracle 107's probes through a correlated NOT EXISTS whose own WHERE
-- picks the person (by a MEDIUM timestamp) beside the correlation on the
-- DMA code. A probe the subquery found nothing for stands on what it
-- searched: the rows passing its own filters, dropping the correlation
-- (the person's one impression), under the 2 users dma_code needs. Every
-- probe goes, so none names the person's DMA by elimination.
-- expect: removes
WITH probes (d) AS (VALUES ('501'), ('803'), ('602'), ('542'), ('807'), ('623'), ('505'), ('506')),
big AS (SELECT COUNT(*) AS n FROM dsp_impressions)
SELECT p.d AS dma_code, MAX(b.n) AS n
FROM probes p CROSS JOIN big b
WHERE NOT EXISTS (SELECT 1 FROM dsp_impressions x
                  WHERE x.impression_dt = '2025-06-11 05:40:07' AND x.dma_code = p.d)
GROUP BY p.d
