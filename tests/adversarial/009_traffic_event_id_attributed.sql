-- attack: traffic_event_id of attributed purchases, one per tracked ASIN
-- expect: VERY_HIGH in output
-- expect-at: 5:8
SELECT tracked_asin,
       MAX(traffic_event_id) AS last_touch,
       SUM(purchases) AS purchases
FROM amazon_attributed_events_by_conversion_time
GROUP BY tracked_asin
