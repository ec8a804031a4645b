-- Misc. scalar functions: CONTAINED_IN, GREATEST / LEAST, HASH64 for a stable
-- pseudo-random campaign split, CEIL / SQRT for derived metrics.
SELECT
    CASE WHEN CONTAINED_IN(device_type, 'Phone', 'Tablet') THEN 'mobile'
         WHEN CONTAINED_IN(device_type, 'TV', 'ConnectedDevice') THEN 'living room'
         ELSE 'desktop/other' END                                   AS screen,
    IF(HASH64(campaign) >= 0, 'A', 'B')                             AS campaign_split,
    COUNT(DISTINCT user_id)                                         AS reach,
    SUM(impressions)                                                AS impressions,
    GREATEST(SUM(supply_cost), SUM(impression_cost))                AS max_cost_component,
    LEAST(SUM(supply_cost), SUM(impression_cost))                   AS min_cost_component,
    CEIL(SQRT(SUM(impressions)))                                    AS sqrt_imps_ceil
FROM dsp_impressions
GROUP BY 1, 2
