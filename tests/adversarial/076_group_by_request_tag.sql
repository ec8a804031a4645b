-- attack: GROUP BY request_tag: one row per ad request
-- expect: row-level export (grouped by request_tag)
-- expect-at: 6:16
SELECT site, SUM(total_cost) AS cost
FROM dsp_impressions
GROUP BY site, request_tag
