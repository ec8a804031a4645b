-- attack: postal_code = CONCAT('100', '01'): a literal built by a function
-- expect: literal compared with HIGH column (literal-derived value)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code = CONCAT('100', '01')
GROUP BY campaign
