-- attack: request_tag mixed with campaign names by a UNION ALL in a CTE, then grouped
-- expect: VERY_HIGH in output (UNION inside a CTE; also: row-level export grouped by request_tag)
-- expect-at: 9:8
WITH labels AS (
  SELECT campaign AS label FROM dsp_impressions
  UNION ALL
  SELECT request_tag FROM dsp_clicks
)
SELECT label, COUNT(*) AS n
FROM labels
GROUP BY label
