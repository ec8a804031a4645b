-- Reach by postal code. postal_code is HIGH: it may be output (rows need 100+
-- users, smaller ones are dropped) and grouped on, but never compared with a
-- literal; the only condition on it here is IS NOT NULL.
SELECT
    postal_code,
    iso_state_province_code,
    COUNT(DISTINCT user_id)   AS reach,
    SUM(impressions)          AS impressions
FROM dsp_impressions
WHERE postal_code IS NOT NULL
GROUP BY postal_code, iso_state_province_code
