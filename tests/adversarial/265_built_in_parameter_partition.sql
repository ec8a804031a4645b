-- attack: PARTITION BY BUILT_IN_PARAMETER('TIME_WINDOW_START') is one partition; the rank picks a user
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT conversion_event_name, total_product_sales,
         DENSE_RANK() OVER (PARTITION BY BUILT_IN_PARAMETER('TIME_WINDOW_START') ORDER BY user_id DESC) AS dr
  FROM amazon_attributed_events_by_conversion_time
)
SELECT conversion_event_name, SUM(total_product_sales) AS sales
FROM r
WHERE dr = 3
GROUP BY conversion_event_name
