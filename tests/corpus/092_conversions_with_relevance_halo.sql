-- Promoted vs. brand-halo conversions by halo code, for the campaigns passed
-- in as a parameter (conversions_with_relevance links conversions to campaigns).
SELECT
    campaign,
    engagement_scope,
    halo_code,
    SUM(conversions)              AS conversions,
    SUM(total_units_sold)         AS units,
    SUM(total_product_sales)      AS sales,
    COUNT(DISTINCT user_id)       AS users,
    COUNT(DISTINCT conversion_id) AS conversion_events
FROM conversions_with_relevance
WHERE campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
  AND event_type_class = 'Conversion'
GROUP BY campaign, engagement_scope, halo_code
