-- attack: t.* over a subquery grouped by device_id expands to device_id
-- expect: VERY_HIGH in output (alias star expansion; also: row-level export, one row per device)
-- expect-at: 4:8
SELECT t.*
FROM (
  SELECT device_id, SUM(impressions) AS imps
  FROM dsp_impressions
  GROUP BY device_id
) t
