-- attack: rows passed through a CTE without any aggregation
-- expect: no aggregation
-- expect-at: 8:1
WITH recent AS (
  SELECT tracked_asin, event_dt_utc, total_product_sales
  FROM conversions
)
SELECT tracked_asin, event_dt_utc, total_product_sales
FROM recent
