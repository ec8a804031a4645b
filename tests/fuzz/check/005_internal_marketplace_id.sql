-- attack: INTERNAL marketplace_id used as an ordinary dimension
-- expect: INTERNAL in output
-- expect-at: 4:8
SELECT marketplace_id, SUM(total_product_sales) AS sales
FROM conversions_all
GROUP BY marketplace_id
