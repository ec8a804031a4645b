-- attack: GROUP BY device_type, device_id: one row per device, device_id hidden
-- expect: row-level export (grouped by device_id)
-- expect-at: 6:23
SELECT device_type, SUM(impressions) AS imps, SUM(total_cost) AS cost
FROM dsp_impressions
GROUP BY device_type, device_id
