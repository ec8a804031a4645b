-- Line items chosen through an ARRAY parameter, checked with ARRAY_CONTAINS,
-- plus a STRING parameter for the creative type.
SELECT
    line_item_id,
    line_item,
    creative_type,
    COUNT(DISTINCT user_id)       AS reach,
    SUM(impressions)              AS impressions,
    SUM(supply_cost)              AS supply_cost
FROM dsp_impressions
WHERE ARRAY_CONTAINS(CUSTOM_PARAMETER('line_item_ids'), line_item_id)
  AND creative_type = CUSTOM_PARAMETER('creative_type')
GROUP BY 1, 2, 3
