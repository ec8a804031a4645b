-- attack: the rank compared with CUSTOM_PARAMETER('k'), so each run reads the k-th user
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT tracked_asin, total_units_sold,
         DENSE_RANK() OVER (PARTITION BY 'all' ORDER BY user_id) AS dr
  FROM conversions
)
SELECT tracked_asin, SUM(total_units_sold) AS units
FROM r
WHERE dr = CUSTOM_PARAMETER('k')
GROUP BY tracked_asin
