-- Video completion funnel: sponsored brands video and sponsored TV quartiles
-- (sponsored_ads_traffic) next to Amazon Ad Server video quartiles.
SELECT
    'sponsored ads' AS platform,
    ad_product_type AS product,
    SUM(impressions)                 AS impressions,
    SUM(video_first_quartile_views)  AS q25,
    SUM(video_midpoint_views)        AS q50,
    SUM(video_third_quartile_views)  AS q75,
    SUM(video_complete_views)        AS q100,
    SUM(video_complete_views) * 1.0 / NULLIF(SUM(impressions), 0) AS completion_rate
FROM sponsored_ads_traffic
WHERE ad_product_type IN ('sponsored_brands', 'sponsored_television')
GROUP BY ad_product_type

UNION ALL

SELECT
    'ad server',
    ad_format,
    SUM(impressions),
    SUM(video_played_25pc),
    SUM(video_played_50pc),
    SUM(video_played_75pc),
    SUM(video_played_100pc),
    SUM(video_played_100pc) * 1.0 / NULLIF(SUM(impressions), 0)
FROM adserver_traffic
WHERE video_started > 0
GROUP BY ad_format
