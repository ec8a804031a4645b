-- attack: APPROX_PERCENTILE of HASH64(user_id) returns one user's hash
-- expect: VERY_HIGH in output (APPROX_PERCENTILE)
-- expect-at: 5:8
SELECT campaign,
       APPROX_PERCENTILE(HASH64(user_id), 0.5) AS median_user_hash
FROM dsp_impressions
GROUP BY campaign
