-- attack: GROUP BY device_id with HAVING COUNT(*) > 5 to list heavy devices
-- expect: row-level export (grouped by device_id)
-- expect-at: 6:23
SELECT device_make, COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY device_make, device_id
HAVING COUNT(*) > 5
