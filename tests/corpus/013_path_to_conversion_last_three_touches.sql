-- Path to conversion: the last three touches before purchase, using the
-- attributed-events table (traffic already linked to its conversion by Amazon).
-- Uses ROW_NUMBER descending over traffic time, per user and conversion.
WITH attributed_traffic AS (
    SELECT
        user_id,
        conversion_event_dt,
        traffic_event_dt,
        COALESCE(ad_product_type, 'dsp') AS ad_product,
        traffic_event_type
    FROM amazon_attributed_events_by_conversion_time
    WHERE total_purchases > 0
),
numbered AS (
    SELECT
        *,
        ROW_NUMBER() OVER (
            PARTITION BY user_id, conversion_event_dt
            ORDER BY traffic_event_dt DESC
        ) AS touches_before_purchase
    FROM attributed_traffic
),
last_three AS (
    SELECT
        user_id,
        conversion_event_dt,
        MAX(CASE WHEN touches_before_purchase = 3 THEN CONCAT(ad_product, '/', traffic_event_type) END) AS touch_3,
        MAX(CASE WHEN touches_before_purchase = 2 THEN CONCAT(ad_product, '/', traffic_event_type) END) AS touch_2,
        MAX(CASE WHEN touches_before_purchase = 1 THEN CONCAT(ad_product, '/', traffic_event_type) END) AS touch_1
    FROM numbered
    WHERE touches_before_purchase <= 3
    GROUP BY user_id, conversion_event_dt
)
SELECT
    IFNULL(touch_3, '(none)') AS touch_minus_3,
    IFNULL(touch_2, '(none)') AS touch_minus_2,
    touch_1                   AS last_touch,
    COUNT(*)                  AS conversions,
    COUNT(DISTINCT user_id)   AS users
FROM last_three
GROUP BY 1, 2, 3;
