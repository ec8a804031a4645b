-- attack: SUM(CAST(CONCAT(postal_code, '') AS BIGINT) - 10001) through CAST of a mixed value
-- mechanism: 3
-- expect-at: 5:12
SELECT device_type,
       SUM(ABS(CAST(CONCAT(postal_code, '') AS BIGINT) - 10001)) AS dist
FROM dsp_impressions
GROUP BY device_type
