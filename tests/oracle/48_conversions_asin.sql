-- 48: conversions by tracked_asin (LOW: 2) with units and rounded sales:
-- about half of the ASINs were bought by a single person (removed).
-- expect: removes
SELECT tracked_asin,
       COUNT(*) AS purchases,
       SUM(total_units_sold) AS units,
       ROUND(SUM(total_product_sales), 2) AS sales
FROM conversions
GROUP BY tracked_asin
