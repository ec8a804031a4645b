-- All conversion signals in one list: Amazon conversions, off-Amazon (pixel /
-- CAPI) conversions and Amazon Ad Server conversion activities.
WITH conversion_events AS (
    SELECT user_id, 'amazon'   AS source, event_type_class AS category, conversions AS n
    FROM conversions
    UNION ALL
    SELECT user_id, 'all_conversions', exposure_type, conversions
    FROM conversions_all
    UNION ALL
    SELECT user_id, 'ad_server', conversion_type, conversions
    FROM adserver_conversions
)
SELECT
    source,
    category,
    SUM(n)                       AS conversions,
    COUNT(DISTINCT user_id)      AS converters
FROM conversion_events
GROUP BY source, category
HAVING COUNT(DISTINCT user_id) > 1
