-- unmatched probes: the users of all of the right side (the person)
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
mine AS (
  SELECT i.dma_code FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id GROUP BY i.dma_code
),
probes (d) AS (VALUES ('501'), ('803'), ('602'), ('542'), ('807'), ('623'))
SELECT p.d AS dma_code, COUNT(*) AS n
FROM probes p LEFT JOIN mine m ON m.dma_code = p.d
WHERE m.dma_code IS NULL
  AND (SELECT COUNT(DISTINCT user_id) FROM target) >= 2
GROUP BY p.d;
