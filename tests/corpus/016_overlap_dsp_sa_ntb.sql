-- Overlap of DSP and sponsored ads, measured on attributed purchases:
-- new-to-brand share for users who converted after DSP only, SA only or both.
-- Source: amazon_attributed_events_by_traffic_time (traffic in the window).
WITH per_user AS (
    SELECT
        user_id,
        SUM(CASE WHEN ad_product_type IS NULL THEN 1 ELSE 0 END)     AS dsp_rows,
        SUM(CASE WHEN ad_product_type IS NOT NULL THEN 1 ELSE 0 END) AS sa_rows,
        SUM(total_purchases)                                        AS purchases,
        SUM(new_to_brand_total_purchases)                            AS ntb_purchases,
        SUM(total_product_sales)                                     AS sales,
        SUM(new_to_brand_total_product_sales)                        AS ntb_sales
    FROM amazon_attributed_events_by_traffic_time
    GROUP BY user_id
),
grouped AS (
    SELECT
        CASE
            WHEN dsp_rows > 0 AND sa_rows > 0 THEN 'both'
            WHEN dsp_rows > 0                 THEN 'dsp_only'
            ELSE                                   'sa_only'
        END AS exposure,
        user_id, purchases, ntb_purchases, sales, ntb_sales
    FROM per_user
)
SELECT
    exposure,
    COUNT(DISTINCT user_id)                               AS users,
    SUM(purchases)                                        AS purchases,
    SUM(ntb_purchases)                                    AS ntb_purchases,
    SUM(ntb_purchases) * 1.0 / NULLIF(SUM(purchases), 0)  AS ntb_purchase_share,
    SUM(sales)                                            AS sales,
    SUM(ntb_sales)                                        AS ntb_sales
FROM grouped
GROUP BY exposure
