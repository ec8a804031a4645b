-- Campaign x ASIN performance for a parameterised list of campaigns and ASINs.
-- Workflow inputParameters:
--   campaign_ids : ARRAY<LONG>    (DSP campaign ids)
--   asins        : ARRAY<STRING>  (promoted ASINs)
SELECT
    campaign_id,
    campaign,
    tracked_asin,
    SUM(impressions)              AS impressions,
    SUM(clicks)                   AS clicks,
    SUM(purchases)                AS purchases,
    SUM(product_sales)            AS sales,
    SUM(units_sold)               AS units
FROM amazon_attributed_events_by_traffic_time
WHERE campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
  AND tracked_asin IN (CUSTOM_PARAMETER('asins'))
GROUP BY campaign_id, campaign, tracked_asin
