-- AMC008: must not be reported
-- The same for a twin the catalog does not list, made from its base table.
SELECT user_id
FROM TABLE(EXTEND_TIME_WINDOW('amazon_attributed_events_by_traffic_time_for_audiences', 'P14D', 'P0D'))
WHERE conversion_event_dt IS NOT NULL
