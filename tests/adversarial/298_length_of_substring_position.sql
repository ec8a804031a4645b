-- attack: LENGTH(SUBSTRING(user_id, STRPOS(user_id, '-'))) grouped: the suffix length after the first dash
-- mechanism: 5
-- expect-at: 6:10
SELECT COUNT(*) AS n
FROM dsp_clicks
GROUP BY LENGTH(SUBSTRING(device_id, 10))
