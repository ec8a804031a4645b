-- attack: ZIP length probe where the compared number is CARDINALITY of a literal array
-- mechanism: 1
-- expect-at: 7:7
SELECT campaign,
       SUM(impressions) AS imps
FROM dsp_impressions
WHERE LENGTH(city_name) = CARDINALITY(ARRAY['S', 'a', 'l', 'e', 'm'])
GROUP BY campaign
