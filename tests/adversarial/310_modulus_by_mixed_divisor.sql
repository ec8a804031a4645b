-- attack: x % (zip - 94103): the modulus is NULL where the divisor is 0
-- mechanism: 3
-- expect-at: 5:14
SELECT campaign,
       COUNT(impressions % (CAST(postal_code AS BIGINT) - 94103)) AS not_target
FROM dsp_impressions
GROUP BY campaign
