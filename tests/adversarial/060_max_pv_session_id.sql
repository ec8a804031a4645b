-- attack: MAX(pv_session_id) per title
-- expect: VERY_HIGH in output (MAX)
-- expect-at: 5:8
SELECT pv_gti_title_name,
       MAX(pv_session_id) AS a_session
FROM amazon_pvc_streaming_events_feed
GROUP BY pv_gti_title_name
