-- attack: SUBSTRING(user_id FROM 1 FOR 64) keeps the whole id
-- expect: VERY_HIGH in output (SUBSTRING; also: row-level export grouped by a user_id expression)
-- expect-at: 4:8
SELECT SUBSTRING(user_id FROM 1 FOR 64) AS shopper,
       SUM(total_product_sales) AS sales
FROM conversions
GROUP BY SUBSTRING(user_id FROM 1 FOR 64)
