-- attack: aggregation only in a per-user CTE; the final SELECT lists one sales figure per user
-- expect: row-level export (final result not aggregated over a CTE grouped by user_id)
-- expect-at: 9:1
WITH per_user AS (
  SELECT user_id, SUM(total_product_sales) AS sales
  FROM conversions
  GROUP BY user_id
)
SELECT sales
FROM per_user
