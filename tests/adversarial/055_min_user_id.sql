-- attack: MIN(user_id) per campaign reveals one real id
-- expect: VERY_HIGH in output (MIN)
-- expect-at: 5:8
SELECT campaign,
       MIN(user_id) AS first_user,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign
