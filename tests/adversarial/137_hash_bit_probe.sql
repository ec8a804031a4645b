-- attack: SUM(CASE WHEN HASH64(user_id) > 0 ...): probing one bit of each user's hash
-- expect: literal compared with VERY_HIGH column (derived hash against a literal)
-- expect-at: 5:22
SELECT campaign, creative,
       SUM(CASE WHEN HASH64(user_id) > 0 THEN 1 ELSE 0 END) AS upper_half
FROM dsp_clicks
GROUP BY campaign, creative
