-- attack: postal_code >= x AND postal_code <= x: equality as a range
-- expect: literal compared with HIGH column (range comparison)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code >= '10001' AND postal_code <= '10001'
GROUP BY campaign
