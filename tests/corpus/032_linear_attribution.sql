-- Linear (even-credit) multi-touch attribution
-- Every DSP or sponsored ads click in the 7 days before a purchase receives an
-- equal share of that purchase: 1 / (number of eligible clicks).
WITH clicks AS (
    SELECT user_id, campaign, 'dsp' AS channel, click_dt_utc AS click_dt
    FROM dsp_clicks
    WHERE clicks > 0
    UNION ALL
    SELECT user_id, campaign, ad_product_type, event_dt_utc
    FROM sponsored_ads_traffic
    WHERE clicks > 0
),
purchases AS (
    SELECT conversion_id, user_id, event_dt_utc AS purchase_dt, total_product_sales AS sales
    FROM conversions
    WHERE event_type_class = 'Conversion'
),
eligible_clicks AS (
    SELECT
        p.conversion_id,
        p.sales,
        c.user_id,
        c.campaign,
        c.channel,
        COUNT(*) OVER (PARTITION BY p.conversion_id) AS clicks_on_path
    FROM purchases p
    JOIN clicks c
      ON c.user_id = p.user_id
     AND c.click_dt <= p.purchase_dt
    WHERE SECONDS_BETWEEN(c.click_dt, p.purchase_dt) BETWEEN 0 AND 7 * 86400
)
SELECT
    channel,
    campaign,
    SUM(1.0 / clicks_on_path)           AS linear_purchases,
    SUM(sales / clicks_on_path)         AS linear_sales,
    COUNT(*)                            AS credited_clicks,
    COUNT(DISTINCT user_id)             AS users
FROM eligible_clicks
GROUP BY channel, campaign
