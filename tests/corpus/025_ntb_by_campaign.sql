-- New-to-brand performance by campaign
-- Purchases and sales split into new-to-brand (no purchase of the brand in the
-- previous 12 months) and repeat customers, per campaign and ad product.
SELECT
    campaign,
    COALESCE(ad_product_type, 'amazon_dsp')                 AS ad_product,
    SUM(total_purchases)                                    AS purchases,
    SUM(new_to_brand_total_purchases)                       AS ntb_purchases,
    SUM(total_purchases) - SUM(new_to_brand_total_purchases) AS repeat_purchases,
    SUM(total_product_sales)                                AS sales,
    SUM(new_to_brand_total_product_sales)                   AS ntb_sales,
    ROUND(100.0 * SUM(new_to_brand_total_purchases) / NULLIF(SUM(total_purchases), 0), 1) AS pct_ntb_purchases,
    COUNT(DISTINCT user_id)                                 AS converting_users
FROM amazon_attributed_events_by_conversion_time
GROUP BY 1, 2
HAVING SUM(total_purchases) > 0
