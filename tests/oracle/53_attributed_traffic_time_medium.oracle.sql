SELECT traffic_event_type,
       COUNT(*) AS events,
       SUM(click_cost) AS click_cost
FROM amazon_attributed_events_by_traffic_time
GROUP BY traffic_event_type
HAVING COUNT(DISTINCT user_id) >= 100;
