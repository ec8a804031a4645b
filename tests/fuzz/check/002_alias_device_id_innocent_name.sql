-- attack: device_id aliased as an innocent-looking dimension name
-- expect: VERY_HIGH in output (also: row-level export grouped by device_id)
-- expect-at: 5:8
SELECT campaign,
       device_id AS creative_size_bucket,
       SUM(impressions) AS imps
FROM dsp_impressions
GROUP BY campaign, device_id
