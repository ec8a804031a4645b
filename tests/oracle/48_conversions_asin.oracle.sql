SELECT tracked_asin,
       COUNT(*) AS purchases,
       SUM(total_units_sold) AS units,
       ROUND(SUM(total_product_sales), 2) AS sales
FROM conversions
GROUP BY tracked_asin
HAVING COUNT(DISTINCT user_id) >= 2;
