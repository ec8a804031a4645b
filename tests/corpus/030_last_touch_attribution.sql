-- Custom last-touch attribution (DSP impressions + clicks, 14-day lookback)
-- -----------------------------------------------------------------------------
-- Each purchase is credited to the LAST DSP campaign touch (impression or
-- click) in the 14 days before it. Clicks win ties over impressions.
-- -----------------------------------------------------------------------------
WITH touches AS (
    SELECT user_id, campaign_id, campaign, impression_dt_utc AS touch_dt, 0 AS is_click
    FROM dsp_impressions
    UNION ALL
    SELECT user_id, campaign_id, campaign, click_dt_utc AS touch_dt, 1 AS is_click
    FROM dsp_clicks
),
purchases AS (
    SELECT user_id, conversion_id, event_dt_utc AS purchase_dt, total_product_sales
    FROM conversions
    WHERE event_type_class = 'Conversion'
),
eligible AS (
    SELECT
        p.conversion_id,
        p.user_id,
        p.total_product_sales,
        t.campaign_id,
        t.campaign,
        t.is_click,
        ROW_NUMBER() OVER (
            PARTITION BY p.conversion_id
            ORDER BY t.touch_dt DESC, t.is_click DESC
        ) AS recency_rank
    FROM purchases p
    JOIN touches t
      ON t.user_id = p.user_id
     AND t.touch_dt <= p.purchase_dt
     AND SECONDS_BETWEEN(t.touch_dt, p.purchase_dt) <= 14 * 86400
)
SELECT
    campaign_id,
    campaign,
    COUNT(DISTINCT conversion_id)                   AS last_touch_purchases,
    SUM(total_product_sales)                        AS last_touch_sales,
    SUM(is_click)                                   AS credited_to_click,
    COUNT(DISTINCT user_id)                         AS users
FROM eligible
WHERE recency_rank = 1
GROUP BY campaign_id, campaign
