-- attack: COALESCE(NULL, 'literal') hides the device id literal behind a builder function
-- mechanism: 1
-- expect-at: 7:7
SELECT operating_system,
       COUNT(*) AS clicks
FROM dsp_clicks
WHERE device_id = COALESCE(NULL, 'e3b0c442-98fc-1c14-9afb-f4c8996fb924')
GROUP BY operating_system
