-- attack: SELECT DISTINCT user_id instead of GROUP BY
-- expect: VERY_HIGH in output (also: no aggregation; row-level export)
-- expect-at: 4:17
SELECT DISTINCT user_id
FROM dsp_clicks
