-- attack: FLOOR(1 / (1 + (zip - 94103)^2)) is 1 for the target ZIP, 0 elsewhere
-- mechanism: 3
-- expect-at: 5:12
SELECT campaign,
       SUM(FLOOR(1.0 / (1 + POWER(CAST(postal_code AS DOUBLE) - 94103, 2)))) AS zip_rows
FROM dsp_impressions
GROUP BY campaign
