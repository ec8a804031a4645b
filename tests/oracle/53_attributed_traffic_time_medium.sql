-- 53: amazon_attributed_events_by_traffic_time by traffic_event_type with
-- SUM(click_cost) (MEDIUM: 100 users): IMPRESSION (about 280 users) is kept,
-- CLICK (about 14) removed.
-- expect: removes
SELECT traffic_event_type,
       COUNT(*) AS events,
       SUM(click_cost) AS click_cost
FROM amazon_attributed_events_by_traffic_time
GROUP BY traffic_event_type
