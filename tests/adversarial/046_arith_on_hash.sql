-- attack: arithmetic on HASH64(user_id) inside MIN
-- expect: VERY_HIGH in output (arithmetic on a hash)
-- expect-at: 5:8
SELECT campaign,
       MIN(HASH64(user_id) + 1) AS shifted
FROM dsp_impressions
GROUP BY campaign
