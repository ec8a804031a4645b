-- attack: scalar subquery in the SELECT list returns MAX(user_id) of the click table
-- expect: VERY_HIGH in output (scalar subquery)
-- expect-at: 5:8
SELECT campaign,
       (SELECT MAX(user_id) FROM dsp_clicks) AS last_clicker,
       COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign
