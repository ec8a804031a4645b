-- Purchase recency at the end of the window, with an extended impression read:
-- days from each purchaser's last purchase to TIME_WINDOW_END, in buckets.
WITH last_purchase AS (
    SELECT user_id, MAX(event_dt_utc) AS last_purchase_dt
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
),
recency AS (
    SELECT
        user_id,
        SECONDS_BETWEEN(last_purchase_dt, BUILT_IN_PARAMETER('TIME_WINDOW_END')) / 86400 AS days_since_purchase
    FROM last_purchase
),
exposed AS (
    SELECT DISTINCT user_id
    FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', 'P0D'))
)
SELECT
    CASE
        WHEN r.days_since_purchase < 7  THEN '0-6 days'
        WHEN r.days_since_purchase < 14 THEN '7-13 days'
        WHEN r.days_since_purchase < 30 THEN '14-29 days'
        ELSE '30+ days'
    END                                            AS recency_bucket,
    COUNT(r.user_id)                               AS purchasers,
    COUNT(e.user_id)                               AS purchasers_exposed_to_dsp
FROM recency r
LEFT JOIN exposed e ON e.user_id = r.user_id
GROUP BY 1
