-- attack: SUM(HASH64(user_id)) equals one user's hash when one user is in the group
-- expect: VERY_HIGH in output (SUM)
-- expect-at: 5:8
SELECT campaign, creative,
       SUM(HASH64(user_id)) AS hash_sum
FROM dsp_clicks
GROUP BY campaign, creative
