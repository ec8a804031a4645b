-- attack: postal_code compared with CUSTOM_PARAMETER('zip') set at execution time
-- expect: literal compared with HIGH column (CUSTOM_PARAMETER value)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
WHERE postal_code = CUSTOM_PARAMETER('zip')
GROUP BY campaign
