-- entries: the total's impressions (1 user: nothing is revealed) and what
-- decided: the users of all of mine's rows (the person), 2 (LOW); a
-- mine filtered down to nothing has no user
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
mine AS (
  SELECT i.dma_code FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id GROUP BY i.dma_code
),
big AS (SELECT COUNT(*) AS n FROM dsp_impressions),
probes (d, k) AS (VALUES ('500', 0), ('501', 1), ('502', 2), ('503', 3), ('504', 4), ('505', 5),
  ('506', 6), ('507', 7), ('542', 8), ('623', 9)),
ok AS (
  SELECT 1 FROM dsp_impressions
  WHERE (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions) >= 1
    AND (SELECT COUNT(DISTINCT user_id) FROM target) >= 2
  LIMIT 1
)
SELECT 'not in' AS how, p.k AS probe_no, MAX(b.n) AS n
FROM probes p CROSS JOIN big b WHERE p.d NOT IN (SELECT dma_code FROM mine)
  AND EXISTS (SELECT 1 FROM ok)
GROUP BY p.k
UNION ALL
SELECT 'not exists' AS how, p.k AS probe_no, MAX(b.n) AS n
FROM probes p CROSS JOIN big b WHERE NOT EXISTS (SELECT 1 FROM mine m WHERE m.dma_code = p.d)
  AND EXISTS (SELECT 1 FROM ok)
GROUP BY p.k;
