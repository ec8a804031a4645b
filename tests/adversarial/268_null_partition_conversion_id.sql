-- attack: PARTITION BY NULL ordered by conversion_id; ranks 10 to 20 compared in a CASE
-- mechanism: 4
-- expect-at: 10:22
WITH r AS (
  SELECT event_type, total_product_sales,
         RANK() OVER (PARTITION BY NULL ORDER BY conversion_id) AS rk
  FROM conversions
)
SELECT event_type,
       SUM(CASE WHEN rk >= 10 AND rk <= 20 THEN total_product_sales ELSE 0 END) AS slice_sales
FROM r
GROUP BY event_type
