-- attack: CAST(request_tag AS VARCHAR) as a dimension
-- expect: VERY_HIGH in output (CAST; also: row-level export grouped by request_tag)
-- expect-at: 4:8
SELECT CAST(request_tag AS VARCHAR) AS tag,
       SUM(total_cost) AS cost
FROM dsp_impressions
GROUP BY CAST(request_tag AS VARCHAR)
