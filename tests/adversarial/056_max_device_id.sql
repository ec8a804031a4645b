-- attack: MAX(device_id) per device type
-- expect: VERY_HIGH in output (MAX)
-- expect-at: 5:8
SELECT device_type,
       MAX(device_id) AS last_device
FROM dsp_clicks
GROUP BY device_type
