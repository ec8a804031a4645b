-- attack: grouping by the number of '-'-separated parts of device_id
-- mechanism: 5
-- expect-at: 6:10
SELECT COUNT(*) AS clicks_n
FROM dsp_clicks
GROUP BY CARDINALITY(REGEXP_SPLIT(device_id, '-'))
