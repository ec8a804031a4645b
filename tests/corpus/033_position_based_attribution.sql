-- Position-based (U-shaped, 40/20/40) attribution on Amazon's attributed events
-- First touch gets 40 %, last touch 40 %, the touches in between share 20 %.
-- Single-touch paths give 100 % to that touch; two-touch paths 50/50.
WITH path AS (
    SELECT
        user_id,
        conversion_event_dt,
        campaign,
        total_product_sales,
        ROW_NUMBER() OVER (PARTITION BY user_id, conversion_event_dt ORDER BY traffic_event_dt)      AS pos_from_start,
        ROW_NUMBER() OVER (PARTITION BY user_id, conversion_event_dt ORDER BY traffic_event_dt DESC) AS pos_from_end,
        COUNT(*)     OVER (PARTITION BY user_id, conversion_event_dt)                                AS path_len
    FROM amazon_attributed_events_by_conversion_time
    WHERE total_purchases > 0
),
weighted AS (
    SELECT
        campaign,
        user_id,
        total_product_sales,
        CASE
            WHEN path_len = 1 THEN 1.0
            WHEN path_len = 2 THEN 0.5
            WHEN pos_from_start = 1 OR pos_from_end = 1 THEN 0.4
            ELSE 0.2 / (path_len - 2)
        END AS weight
    FROM path
)
SELECT
    campaign,
    SUM(weight)                         AS attributed_conversions,
    SUM(weight * total_product_sales)   AS attributed_sales,
    COUNT(DISTINCT user_id)             AS users
FROM weighted
GROUP BY campaign
