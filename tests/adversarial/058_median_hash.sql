-- attack: MEDIAN of HASH64(device_id)
-- expect: VERY_HIGH in output (MEDIAN)
-- expect-at: 5:8
SELECT line_item,
       MEDIAN(HASH64(device_id)) AS mid_device
FROM dsp_impressions
GROUP BY line_item
