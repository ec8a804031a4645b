-- First-touch attribution across DSP and sponsored ads
-- Credits each converting user's purchases to the campaign of their FIRST ad
-- impression in the window (DSP or sponsored ads).
WITH all_impressions AS (
    SELECT user_id, campaign, 'DSP' AS source, impression_dt AS event_dt
    FROM dsp_impressions
    UNION ALL
    SELECT user_id, campaign, ad_product_type AS source, event_dt
    FROM sponsored_ads_traffic
    WHERE impressions > 0
),
first_touch AS (
    SELECT user_id, campaign, source, event_dt
    FROM (
        SELECT
            a.*,
            RANK() OVER (PARTITION BY a.user_id ORDER BY a.event_dt) AS touch_rank
        FROM all_impressions a
    ) ranked
    WHERE touch_rank = 1
),
user_sales AS (
    SELECT user_id, SUM(total_product_sales) AS sales, SUM(conversions) AS purchases
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
)
SELECT
    f.source,
    f.campaign,
    COUNT(DISTINCT f.user_id)   AS first_touch_converters,
    SUM(s.purchases)            AS purchases,
    SUM(s.sales)                AS sales
FROM first_touch f
JOIN user_sales s ON s.user_id = f.user_id
GROUP BY f.source, f.campaign
