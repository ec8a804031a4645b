-- Amazon Ad Server: last-touch attribution of conversion activities to
-- placements (impressions and clicks of the same user before the conversion).
WITH ad_events AS (
    SELECT user_id, placement, adserver_site, event_dt, clicks
    FROM adserver_traffic
),
conv AS (
    SELECT user_id, conversion_id, conversion_activity, event_dt AS conv_dt, revenue
    FROM adserver_conversions
),
ranked AS (
    SELECT
        c.conversion_id,
        c.conversion_activity,
        c.revenue,
        a.user_id,
        a.placement,
        a.adserver_site,
        ROW_NUMBER() OVER (PARTITION BY c.conversion_id
                           ORDER BY a.clicks DESC, a.event_dt DESC) AS rn
    FROM conv c
    JOIN ad_events a
      ON a.user_id = c.user_id
     AND a.event_dt < c.conv_dt
)
SELECT
    adserver_site,
    placement,
    conversion_activity,
    COUNT(DISTINCT conversion_id)   AS conversions,
    SUM(revenue)                    AS revenue,
    COUNT(DISTINCT user_id)         AS converters
FROM ranked
WHERE rn = 1
GROUP BY 1, 2, 3
