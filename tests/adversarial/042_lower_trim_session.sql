-- attack: LOWER(TRIM(adserver_session_id)) as a dimension
-- expect: VERY_HIGH in output (LOWER, TRIM; also: row-level export grouped by it)
-- expect-at: 4:8
SELECT LOWER(TRIM(adserver_session_id)) AS session,
       SUM(impressions) AS imps
FROM adserver_traffic
GROUP BY LOWER(TRIM(adserver_session_id))
