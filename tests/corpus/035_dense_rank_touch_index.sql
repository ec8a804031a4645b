-- Conversion rate by touch index (DENSE_RANK over impression days)
-- Day index = nth distinct day on which the user saw an impression. Shows after
-- how many exposure-days users tend to convert.
WITH exposure_days AS (
    SELECT DISTINCT user_id, impression_date
    FROM dsp_impressions
),
indexed AS (
    SELECT
        user_id,
        impression_date,
        DENSE_RANK() OVER (PARTITION BY user_id ORDER BY impression_date) AS exposure_day_index
    FROM exposure_days
),
purchase_days AS (
    SELECT DISTINCT user_id, event_date_utc AS purchase_date
    FROM conversions
    WHERE event_type_class = 'Conversion'
)
SELECT
    i.exposure_day_index,
    COUNT(DISTINCT i.user_id)                                   AS users_at_index,
    COUNT(DISTINCT p.user_id)                                   AS purchased_same_day,
    COUNT(DISTINCT p.user_id) * 1.0 / COUNT(DISTINCT i.user_id) AS same_day_conversion_rate
FROM indexed i
LEFT JOIN purchase_days p
       ON p.user_id = i.user_id
      AND p.purchase_date = i.impression_date
WHERE i.exposure_day_index <= 14
GROUP BY i.exposure_day_index
