-- attack: block comments between user_id and the comparison operator
-- expect: literal compared with VERY_HIGH column (user_id =)
-- expect-at: 6:22
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE /* innocent */ user_id /* still innocent */ = /* really */ 'a1b2c3d4e5f60718'
GROUP BY campaign
