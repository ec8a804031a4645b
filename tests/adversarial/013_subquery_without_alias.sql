-- attack: user_id renamed uid in a FROM subquery that has no alias (AMC allows that)
-- expect: VERY_HIGH in output (through an unaliased subquery; also: row-level export grouped by user_id)
-- expect-at: 4:8
SELECT uid, SUM(n) AS clicks
FROM (SELECT user_id AS uid, clicks AS n FROM dsp_clicks)
GROUP BY uid
