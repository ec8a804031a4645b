-- Touchpoint volume by source: one UNION ALL of four traffic sources,
-- aggregated per source and device.
SELECT
    source,
    device_type,
    SUM(events)                AS events,
    COUNT(DISTINCT user_id)    AS users
FROM (
    SELECT 'dsp_impression' AS source, device_type, user_id, impressions AS events
    FROM dsp_impressions
    UNION ALL
    SELECT 'dsp_click', device_type, user_id, clicks
    FROM dsp_clicks
    UNION ALL
    SELECT 'sponsored_ads_impression', operating_system, user_id, impressions
    FROM sponsored_ads_traffic
    UNION ALL
    SELECT 'adserver_impression', device_type, user_id, impressions
    FROM adserver_traffic
) AS touchpoints
GROUP BY source, device_type
