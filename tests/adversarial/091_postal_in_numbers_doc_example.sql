-- attack: AMC's own documented rejected example: postal_code IN (10001, 10011)
-- expect: literal compared with HIGH column (postal_code IN numeric list)
-- expect-at: 6:7
SELECT campaign, SUM(clicks) AS clicks
FROM dsp_clicks
WHERE postal_code IN (10001, 10011)
GROUP BY campaign
