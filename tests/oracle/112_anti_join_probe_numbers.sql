-- 112: oracle 107's probes with a number beside each DMA code: the code
-- needs 2 users, the number 1, and the rows the right side left out stand
-- on its rows (one person). The row needs what its columns need from every
-- entry, so with a filtered-metrics column the number is nulled with the
-- code (the rows merge into one) instead of naming which probes are left.
-- expect: removes
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
mine AS (
  SELECT i.dma_code FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id GROUP BY i.dma_code
),
probes (d, k) AS (VALUES ('500', 0), ('501', 1), ('502', 2), ('503', 3), ('504', 4), ('505', 5),
  ('506', 6), ('507', 7), ('542', 8), ('623', 9))
SELECT p.d AS dma_code, p.k AS probe_no, COUNT(*) AS n
FROM probes p LEFT JOIN mine m ON m.dma_code = p.d
WHERE m.dma_code IS NULL
GROUP BY p.d, p.k
