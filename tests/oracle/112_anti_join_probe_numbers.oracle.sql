-- unmatched probes: the users of all of the right side (the person), 2;
-- with an empty right side no record at all stands behind a probe row,
-- which has then no user
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
  AND (SELECT COUNT(DISTINCT user_id) FROM target) >= 2
GROUP BY p.d, p.k;
