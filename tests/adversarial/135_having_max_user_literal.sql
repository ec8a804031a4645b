-- attack: HAVING MAX(user_id) = literal keeps only groups whose top id is the target
-- expect: literal compared with VERY_HIGH column (MAX(user_id) in HAVING)
-- expect-at: 7:8
SELECT campaign, creative, COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign, creative
HAVING MAX(user_id) = 'a1b2c3d4e5f60718'
