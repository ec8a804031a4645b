-- attack: single out one user: user_id = literal, campaigns they saw
-- expect: literal compared with VERY_HIGH column (user_id =)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE user_id = 'a1b2c3d4e5f60718'
GROUP BY campaign
