-- attack: grouped by postal_code (not output), HAVING postal_code = literal
-- expect: literal compared with HIGH column (HAVING)
-- expect-at: 7:8
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign, postal_code
HAVING postal_code = '10001'
