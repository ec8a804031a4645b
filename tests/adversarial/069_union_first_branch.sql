-- attack: device_id in the first UNION branch, harmless branches after it
-- expect: VERY_HIGH in output (first UNION branch)
-- expect-at: 4:8
SELECT MAX(device_id) AS label, SUM(clicks) AS n
FROM dsp_clicks
UNION ALL
SELECT campaign, SUM(impressions)
FROM dsp_impressions
GROUP BY campaign
