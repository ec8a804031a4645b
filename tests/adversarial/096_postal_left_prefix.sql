-- attack: LEFT(postal_code, 3) = literal: a derived HIGH value against a literal
-- expect: literal compared with HIGH column (derived via LEFT)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE LEFT(postal_code, 3) = '100'
GROUP BY campaign
