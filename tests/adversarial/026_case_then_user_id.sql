-- attack: user_id returned from the THEN branch of a CASE inside MAX
-- expect: VERY_HIGH in output (CASE THEN value)
-- expect-at: 5:8
SELECT campaign,
       MAX(CASE WHEN clicks > 0 THEN user_id END) AS a_clicker
FROM dsp_clicks
GROUP BY campaign
