-- attack: LN(zip - 10000) is NULL or an error for ZIPs at or below 10000, a threshold test
-- mechanism: 3
-- expect-at: 5:14
SELECT campaign,
       COUNT(LN(CAST(postal_code AS DOUBLE) - 10000)) AS above
FROM dsp_impressions
GROUP BY campaign
