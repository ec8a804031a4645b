-- NTB at ASIN level, with the share of each ASIN in the brand's NTB sales.
-- The scalar subquery in the SELECT list gives the brand total.
WITH asin_sales AS (
    SELECT
        tracked_asin,
        SUM(IF(new_to_brand, total_product_sales, 0))   AS ntb_sales,
        SUM(total_product_sales)                        AS sales,
        COUNT(DISTINCT IF(new_to_brand, user_id, NULL)) AS ntb_customers
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND tracked_asin IS NOT NULL
    GROUP BY tracked_asin
)
SELECT
    tracked_asin,
    ntb_sales,
    sales,
    ntb_customers,
    ntb_sales / (SELECT SUM(ntb_sales) FROM asin_sales) AS share_of_brand_ntb_sales
FROM asin_sales
