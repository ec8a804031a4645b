-- attack: IF(device_id = literal, 1, 0) summed: did this device see the ad
-- expect: literal compared with VERY_HIGH column (device_id) in IF()
-- expect-at: 5:15
SELECT line_item,
       SUM(IF(device_id = 'ABCD-1234-EF56', 1, 0)) AS device_hits
FROM dsp_impressions
GROUP BY line_item
