-- attack: SUM(...) FILTER (WHERE user_id = literal): one user's sales
-- expect: literal compared with VERY_HIGH column (aggregate FILTER)
-- expect-at: 5:47
SELECT tracked_asin,
       SUM(total_product_sales) FILTER (WHERE user_id = 'a1b2c3d4e5f60718') AS target_sales
FROM conversions
GROUP BY tracked_asin
