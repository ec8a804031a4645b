-- attack: user_id read through TABLE(EXTEND_TIME_WINDOW(...)) instead of the plain table
-- expect: VERY_HIGH in output (EXTEND_TIME_WINDOW source)
-- expect-at: 5:8
SELECT campaign,
       MAX(user_id) AS late_user
FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', 'P1D'))
GROUP BY campaign
