-- 76: an unused COUNT(*) OVER () in a CTE over raw impressions, then GROUP BY
-- postal_code (HIGH: 100). The window gives every record an entry of its
-- own (frame: every record, all users), unioned by the GROUP BY beside the
-- postal code's own users; it never merges into them, so the small postal
-- codes are removed as in 03 (the old rule kept every row).
-- expect: removes
WITH r AS (
  SELECT postal_code,
         impressions,
         COUNT(*) OVER () AS all_imps
  FROM dsp_impressions
)
SELECT postal_code,
       COUNT(*) AS n,
       SUM(impressions) AS imps
FROM r
GROUP BY postal_code
