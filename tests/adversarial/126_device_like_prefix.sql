-- attack: device_id LIKE a prefix of a known device
-- expect: literal compared with VERY_HIGH column (device_id LIKE)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE device_id LIKE 'ABCD-1234%'
GROUP BY campaign
