-- attack: REGEXP_REPLACE(creative, '^.*$', 'Boise') turns any creative into the city name, compared with city_name in CASE
-- mechanism: 1
-- expect-at: 5:22
SELECT creative,
       SUM(CASE WHEN city_name = REGEXP_REPLACE(creative, '^.*$', 'Boise') THEN impressions ELSE 0 END) AS boise_imps
FROM dsp_impressions
GROUP BY creative
