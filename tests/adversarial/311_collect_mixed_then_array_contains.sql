-- attack: COLLECT of a COALESCE(city_name, 'Reno') value; collecting it compares rows
-- mechanism: 3
-- expect-at: 5:24
SELECT campaign,
       ARRAY_TO_STRING(COLLECT(DISTINCT COALESCE(city_name, 'Reno')), '|') AS cities
FROM dsp_impressions
GROUP BY campaign
