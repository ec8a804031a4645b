-- 52: amazon_attributed_events_by_conversion_time by campaign and
-- traffic_event_type (LOW: 2) with purchases and rounded sales: a third of
-- the rows have a single converter (removed).
-- expect: removes
SELECT campaign,
       traffic_event_type,
       SUM(purchases) AS purchases,
       ROUND(SUM(product_sales), 2) AS sales
FROM amazon_attributed_events_by_conversion_time
GROUP BY campaign, traffic_event_type
