-- attack: arithmetic on INTERNAL marketplace_id (marketplace_id * 1)
-- expect: INTERNAL in output (arithmetic)
-- expect-at: 4:8
SELECT marketplace_id * 1 AS market,
       SUM(pv_seconds_viewed) AS seconds
FROM amazon_pvc_streaming_events_feed
GROUP BY marketplace_id * 1
