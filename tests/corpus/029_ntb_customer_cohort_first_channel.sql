-- New-to-brand customers: which channel reached them first?
-- Uses first-touch on all traffic of NTB converters (attributed by conversion time).
WITH ntb_touches AS (
    SELECT
        user_id,
        CASE
            WHEN ad_product_type IS NULL THEN 'DSP'
            WHEN ad_product_type = 'sponsored_products' THEN 'Sponsored Products'
            WHEN ad_product_type = 'sponsored_brands' THEN 'Sponsored Brands'
            ELSE 'Sponsored Display / other'
        END AS channel,
        traffic_event_dt,
        new_to_brand_total_product_sales AS ntb_sales
    FROM amazon_attributed_events_by_conversion_time
    WHERE new_to_brand_total_purchases > 0
),
first_touch AS (
    SELECT
        user_id,
        channel,
        ntb_sales,
        ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY traffic_event_dt ASC) AS rn
    FROM ntb_touches
)
SELECT
    channel                   AS first_touch_channel,
    COUNT(DISTINCT user_id)   AS ntb_customers
FROM first_touch
WHERE rn = 1
GROUP BY channel
