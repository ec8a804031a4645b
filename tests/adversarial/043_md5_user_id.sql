-- attack: MD5(user_id) as a "pseudonymous" key
-- expect: VERY_HIGH in output (MD5; also: row-level export grouped by a user_id hash)
-- expect-at: 4:8
SELECT MD5(user_id) AS hashed_user,
       SUM(clicks) AS clicks
FROM dsp_clicks
GROUP BY MD5(user_id)
