SELECT campaign,
       traffic_event_type,
       SUM(purchases) AS purchases,
       ROUND(SUM(product_sales), 2) AS sales
FROM amazon_attributed_events_by_conversion_time
GROUP BY campaign, traffic_event_type
HAVING COUNT(DISTINCT user_id) >= 2;
