-- attack: device_id taken from the joined click table while grouping by impression campaign
-- expect: VERY_HIGH in output (from a joined table)
-- expect-at: 5:8
SELECT i.campaign,
       MAX(c.device_id) AS a_clicking_device,
       COUNT(*) AS pairs
FROM dsp_impressions i
JOIN dsp_clicks c ON i.request_tag = c.request_tag
GROUP BY i.campaign
