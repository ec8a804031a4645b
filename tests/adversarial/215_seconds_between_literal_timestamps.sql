-- attack: 10001 written as SECONDS_BETWEEN two literal timestamps
-- mechanism: 1
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE CAST(postal_code AS BIGINT) = SECONDS_BETWEEN(CAST('2025-01-01 00:00:00' AS TIMESTAMP), CAST('2025-01-01 02:46:41' AS TIMESTAMP))
GROUP BY campaign
