-- attack: the ZIP travels only as ARRAY_TO_STRING's separator between two empty strings
-- mechanism: 1
-- expect-at: 7:7
SELECT device_type,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
WHERE postal_code = ARRAY_TO_STRING(ARRAY[LEFT(campaign, 0), LEFT(campaign, 0)], '60614')
GROUP BY device_type
