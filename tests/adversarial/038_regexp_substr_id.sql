-- attack: REGEXP_SUBSTR extracts an 8-hex-digit chunk of device_id
-- expect: VERY_HIGH in output (REGEXP_SUBSTR; also: regex literal applied to VERY_HIGH)
-- expect-at: 5:8
SELECT campaign,
       MIN(REGEXP_SUBSTR(device_id, '[0-9a-f]{8}')) AS chunk
FROM dsp_impressions
GROUP BY campaign
