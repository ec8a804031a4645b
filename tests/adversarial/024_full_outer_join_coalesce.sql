-- attack: COALESCE of device_id from both sides of a FULL OUTER JOIN as the dimension
-- expect: VERY_HIGH in output (COALESCE over a join; also: row-level export grouped by device_id)
-- expect-at: 4:8
SELECT COALESCE(i.device_id, c.device_id) AS any_device,
       COUNT(*) AS events
FROM dsp_impressions i
FULL OUTER JOIN dsp_clicks c ON i.request_tag = c.request_tag
GROUP BY COALESCE(i.device_id, c.device_id)
