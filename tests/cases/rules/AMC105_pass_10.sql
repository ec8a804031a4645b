-- AMC105: must not be reported. COUNT(DISTINCT CONCAT(conversion_id, ...))
-- with a literal separator: counting a fused value counts its parts.
SELECT new_to_brand,
       COUNT(DISTINCT user_id) AS buyers,
       COUNT(DISTINCT CONCAT(conversion_id, '_', tracked_asin)) AS order_lines,
       SUM(total_product_sales) AS sales
FROM conversions
WHERE event_type = 'purchase'
GROUP BY new_to_brand
