-- attack: request_tag compared with a string whose only literal is CONVERT_TIME_ZONE_FROM_UTC's time zone
-- mechanism: 1
-- expect-at: 7:7
SELECT line_item,
       COUNT(*) AS events
FROM dsp_impressions
WHERE request_tag > CAST(CONVERT_TIME_ZONE_FROM_UTC(impression_dt_utc, 'Pacific/Kiritimati') AS VARCHAR)
GROUP BY line_item
