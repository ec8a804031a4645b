-- AMC105: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE device_id = CUSTOM_PARAMETER('device')
