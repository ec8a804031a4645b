-- Alias-less subquery inside a CTE, and a second one as the whole final FROM.
-- Share of purchasers who saw a sponsored brands video ad before buying.
WITH sbv_viewers AS (
    SELECT user_id, MIN(event_dt_utc) AS first_view_dt
    FROM (
        SELECT user_id, event_dt_utc
        FROM sponsored_ads_traffic
        WHERE ad_product_type = 'sponsored_brands'
          AND video_complete_views > 0
    )
    GROUP BY user_id
),
buyers AS (
    SELECT user_id, MIN(event_dt_utc) AS purchase_dt
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
)
SELECT
    saw_video_before_purchase,
    COUNT(user_id) AS purchasers
FROM (
    SELECT
        b.user_id,
        CASE WHEN v.first_view_dt <= b.purchase_dt THEN 'yes' ELSE 'no' END AS saw_video_before_purchase
    FROM buyers b
    LEFT JOIN sbv_viewers v ON v.user_id = b.user_id
)
GROUP BY saw_video_before_purchase
