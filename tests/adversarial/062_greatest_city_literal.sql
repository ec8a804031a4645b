-- attack: GREATEST(city_name, literal) compares a city with a literal, then MAX
-- expect: literal compared with HIGH column (GREATEST with a literal)
-- expect-at: 5:12
SELECT campaign,
       MAX(GREATEST(city_name, 'M')) AS last_city_after_m
FROM dsp_impressions
GROUP BY campaign
