-- attack: CAST(zip - 10001 AS BOOLEAN) is FALSE for exactly one ZIP; counting the FALSEs counts its users
-- mechanism: 3
-- expect-at: 5:37
SELECT campaign,
       COUNT(DISTINCT CASE WHEN NOT CAST(CAST(postal_code AS BIGINT) - 10001 AS BOOLEAN) THEN user_id END) AS zip_reach
FROM dsp_impressions
GROUP BY campaign
