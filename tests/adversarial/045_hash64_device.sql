-- attack: HASH64(device_id) as a numeric dimension
-- expect: VERY_HIGH in output (HASH64; also: row-level export grouped by a device_id hash)
-- expect-at: 4:8
SELECT HASH64(device_id) AS device_bucket,
       COUNT(*) AS imps
FROM dsp_impressions
GROUP BY HASH64(device_id)
