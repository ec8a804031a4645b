-- attack: postal_code BETWEEN two literals
-- expect: literal compared with HIGH column (BETWEEN)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
WHERE postal_code BETWEEN '10000' AND '10099'
GROUP BY campaign
