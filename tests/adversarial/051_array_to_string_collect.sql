-- attack: ARRAY_TO_STRING(COLLECT(device_id), ',') flattens all devices into text
-- expect: VERY_HIGH in output (ARRAY_TO_STRING over COLLECT)
-- expect-at: 5:8
SELECT line_item,
       ARRAY_TO_STRING(COLLECT(device_id), ',') AS devices
FROM dsp_clicks
GROUP BY line_item
