-- attack: device_id in the ELSE branch of a CASE used as output dimension
-- expect: VERY_HIGH in output (CASE ELSE value; also: row-level export grouped by device_id)
-- expect-at: 4:8
SELECT CASE WHEN impressions > 1 THEN 'multi' ELSE device_id END AS bucket,
       COUNT(*) AS rows_seen
FROM dsp_impressions
GROUP BY CASE WHEN impressions > 1 THEN 'multi' ELSE device_id END
