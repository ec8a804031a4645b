-- attack: subquery aliased dsp_impressions exposes request_tag as column site
-- expect: VERY_HIGH in output (subquery alias shadowing a table; also: row-level export grouped by request_tag)
-- expect-at: 4:8
SELECT dsp_impressions.site, SUM(dsp_impressions.impressions) AS imps
FROM (
  SELECT request_tag AS site, impressions
  FROM dsp_impressions
) AS dsp_impressions
GROUP BY dsp_impressions.site
