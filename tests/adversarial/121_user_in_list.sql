-- attack: user_id IN a list of three known ids
-- expect: literal compared with VERY_HIGH column (user_id IN list)
-- expect-at: 6:7
SELECT tracked_asin, SUM(total_product_sales) AS sales
FROM conversions
WHERE user_id IN ('u-0001', 'u-0002', 'u-0003')
GROUP BY tracked_asin
