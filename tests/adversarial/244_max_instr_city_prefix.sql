-- attack: MAX(INSTR(city_name, 'Spring')) per campaign says whether a Spring* city is present
-- mechanism: 3
-- expect-at: 5:12
SELECT campaign,
       MAX(INSTR(city_name, 'Spring')) AS has_spring
FROM dsp_views
GROUP BY campaign
