-- attack: CAST(HASH64(user_id) AS VARCHAR) inside MAX
-- expect: VERY_HIGH in output (CAST over HASH64)
-- expect-at: 5:8
SELECT campaign,
       MAX(CAST(HASH64(user_id) AS VARCHAR)) AS id_text
FROM dsp_clicks
GROUP BY campaign
