-- Brand Store engagement by widget type and channel.
SELECT
    store_name,
    widget_type,
    channel,
    COUNT(*) AS events,
    COUNT(DISTINCT user_id) AS engaged_users
FROM amazon_brand_store_engagement_events
GROUP BY store_name, widget_type, channel
