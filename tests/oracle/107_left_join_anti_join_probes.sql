-- 107: a list of DMA codes anti-joined against the DMAs of one person
-- (picked by a MEDIUM timestamp): the probes left over would name the
-- person's DMA by elimination. A row the right side left out stands on
-- what all of that side's rows say (none matched): one person, under the
-- 2 users a LOW dma_code needs. Every row goes.
-- expect: removes
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
GROUP BY p.d
