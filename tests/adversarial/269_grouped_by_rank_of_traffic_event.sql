-- attack: grouping by ROW_NUMBER() OVER (PARTITION BY 'p' ORDER BY traffic_event_id): one row per event
-- mechanism: 4
-- expect-at: 11:10
WITH r AS (
  SELECT purchases,
         ROW_NUMBER() OVER (PARTITION BY 'p' ORDER BY traffic_event_id) AS ev_no
  FROM amazon_attributed_events_by_traffic_time
)
SELECT SUM(purchases) AS purchases
FROM r
GROUP BY ev_no
