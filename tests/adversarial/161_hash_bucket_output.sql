-- attack: VERY_HIGH in output
-- expect: VERY_HIGH in output (hash bucket of user_id as a key)
-- expect-at: 4:8
SELECT HASH64(user_id) % 1000 AS bucket, COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
