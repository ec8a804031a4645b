-- attack: GROUP BY CASE WHEN user_id IN (literal): one row is the target user's purchases
-- expect: literal compared with VERY_HIGH column (group-by key)
-- expect-at: 6:20
SELECT COUNT(*) AS purchases, SUM(total_product_sales) AS sales
FROM conversions
GROUP BY CASE WHEN user_id IN ('a1b2c3d4e5f60718') THEN 'target' ELSE 'everyone else' END
