-- attack: HASH64(user_id) = HASH64(literal): both sides hashed
-- expect: literal compared with VERY_HIGH column (hash of user_id against hash of a literal)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE HASH64(user_id) = HASH64('a1b2c3d4e5f60718')
GROUP BY campaign
