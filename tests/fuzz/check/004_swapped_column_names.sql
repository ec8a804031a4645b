-- attack: MAX(user_id) published under the name campaign while campaign is renamed user_id
-- expect: VERY_HIGH in output (MAX reveals one user_id)
-- expect-at: 5:8
SELECT campaign AS user_id,
       MAX(user_id) AS campaign
FROM dsp_impressions
GROUP BY campaign
