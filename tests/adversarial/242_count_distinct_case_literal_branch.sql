-- attack: COUNT(DISTINCT CASE ... postal_code ELSE '10001' END) drops by one when 10001 is among the group's ZIPs
-- mechanism: 3
-- expect-at: 5:8
SELECT campaign,
       COUNT(DISTINCT CASE WHEN impressions > 0 THEN postal_code ELSE '10001' END) AS zips_plus_probe
FROM dsp_impressions
GROUP BY campaign
