-- attack: a CASE branch returning the part count of device_id, summed
-- mechanism: 5
-- expect-at: 5:8
SELECT device_type,
       SUM(CASE WHEN clicks > 0 THEN CARDINALITY(REGEXP_SPLIT(device_id, '[a-f]')) ELSE 0 END) AS hex_letters
FROM dsp_clicks
GROUP BY device_type
