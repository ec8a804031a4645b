-- attack: HAVING ARRAY_CONTAINS(COLLECT(user_id), literal): which campaigns did one user see
-- expect: literal compared with VERY_HIGH column (array membership test of user_id)
-- expect-at: 7:8
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign
HAVING ARRAY_CONTAINS(COLLECT(user_id), 'a1b2c3d4e5f60718')
