-- Time to conversion
-- Days between a user's first DSP impression and their first purchase of a
-- promoted ASIN; distribution and summary statistics per campaign.
WITH first_imp AS (
    SELECT campaign, user_id, MIN(impression_dt_utc) AS first_imp_dt
    FROM dsp_impressions
    GROUP BY campaign, user_id
),
first_purchase AS (
    SELECT user_id, MIN(event_dt_utc) AS purchase_dt
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND tracked_asin IN (CUSTOM_PARAMETER('promoted_asins'))
    GROUP BY user_id
),
lag_days AS (
    SELECT
        f.campaign,
        f.user_id,
        FLOOR(SECONDS_BETWEEN(f.first_imp_dt, p.purchase_dt) / 86400) AS days_to_purchase
    FROM first_imp f
    INNER JOIN first_purchase p ON p.user_id = f.user_id
    WHERE p.purchase_dt >= f.first_imp_dt
)
SELECT
    campaign,
    COUNT(DISTINCT user_id)                    AS converters,
    AVG(days_to_purchase)                      AS avg_days,
    MEDIAN(days_to_purchase)                   AS median_days,
    PERCENTILE(days_to_purchase, 0.75)         AS p75_days,
    SUM(IF(days_to_purchase < 1, 1, 0))        AS same_day,
    SUM(IF(days_to_purchase BETWEEN 1 AND 7, 1, 0))  AS within_week,
    SUM(IF(days_to_purchase > 7, 1, 0))        AS after_week
FROM lag_days
GROUP BY campaign
