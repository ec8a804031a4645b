-- attack: user_id = UPPER(literal): the literal is hidden in a function
-- expect: literal compared with VERY_HIGH column (literal-derived UPPER)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS clicks
FROM dsp_clicks
WHERE user_id = UPPER('a1b2c3d4e5f60718')
GROUP BY campaign
