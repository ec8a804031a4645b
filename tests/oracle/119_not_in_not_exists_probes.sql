-- 119: oracle 112's probes through NOT IN and a correlated NOT EXISTS
-- instead of an outer join, with a big total beside them so that the row
-- holds records of many users: what decided that a probe passes is that
-- none of the person's DMA codes equals it, so the row needs 2 users (the
-- class of dma_code, LOW) from all of the subquery's rows, whatever its
-- columns. Every row goes.
-- expect: removes
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
mine AS (
  SELECT i.dma_code FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id GROUP BY i.dma_code
),
big AS (SELECT COUNT(*) AS n FROM dsp_impressions),
probes (d, k) AS (VALUES ('500', 0), ('501', 1), ('502', 2), ('503', 3), ('504', 4), ('505', 5),
  ('506', 6), ('507', 7), ('542', 8), ('623', 9))
SELECT 'not in' AS how, p.k AS probe_no, MAX(b.n) AS n
FROM probes p CROSS JOIN big b WHERE p.d NOT IN (SELECT dma_code FROM mine)
GROUP BY p.k
UNION ALL
SELECT 'not exists' AS how, p.k AS probe_no, MAX(b.n) AS n
FROM probes p CROSS JOIN big b WHERE NOT EXISTS (SELECT 1 FROM mine m WHERE m.dma_code = p.d)
GROUP BY p.k
