-- attack: plain rows of city and device type for clicks with cost
-- expect: no aggregation
-- expect-at: 4:1
SELECT city_name, device_type, click_cost
FROM dsp_clicks
WHERE click_cost > 0
