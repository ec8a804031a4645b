-- attack: ARRAY_DISTINCT(ARRAY[postal_code, '60614']) has one element only where they are equal
-- mechanism: 3
-- expect-at: 5:28
SELECT campaign,
       SUM(2 - CARDINALITY(ARRAY_DISTINCT(ARRAY[postal_code, '60614']))) AS probe_rows
FROM dsp_clicks
GROUP BY campaign
