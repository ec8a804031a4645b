-- attack: COLLECT(DISTINCT user_id) lists every user of a campaign
-- expect: VERY_HIGH in output (COLLECT)
-- expect-at: 5:8
SELECT campaign,
       COLLECT(DISTINCT user_id) AS users
FROM dsp_impressions
GROUP BY campaign
