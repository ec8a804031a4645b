-- attack: GROUP BY HASH64(user_id) without outputting it
-- expect: row-level export (grouped by a user_id hash)
-- expect-at: 6:10
SELECT COUNT(*) AS purchases, SUM(total_product_sales) AS sales
FROM conversions
GROUP BY HASH64(user_id)
