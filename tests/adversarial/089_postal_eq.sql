-- attack: reach in one postal code chosen by literal
-- expect: literal compared with HIGH column (postal_code =)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code = '10001'
GROUP BY campaign
