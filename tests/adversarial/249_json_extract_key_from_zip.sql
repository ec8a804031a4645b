-- attack: a literal JSON document keyed by ZIP, looked up with a path built from postal_code
-- mechanism: 3
-- expect-at: 5:14
SELECT campaign,
       COUNT(JSON_EXTRACT('{"z10001": 1, "z10011": 1}', CONCAT('$.z', postal_code))) AS hits
FROM dsp_impressions
GROUP BY campaign
