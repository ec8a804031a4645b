-- Campaign grouping from a VALUES list used as a CTE body with column aliases.
-- The analyst maintains the mapping campaign_id -> strategy by hand.
WITH campaign_groups (campaign_id, strategy) AS (
    VALUES
        (5811234567890, 'Prospecting'),
        (5811234567891, 'Prospecting'),
        (5811234567892, 'Retargeting'),
        (5811234567893, 'Retargeting'),
        (5811234567894, 'Brand defense')
),
delivery AS (
    SELECT campaign_id, user_id, SUM(impressions) AS imps, SUM(total_cost) AS cost
    FROM dsp_impressions
    GROUP BY campaign_id, user_id
)
SELECT
    COALESCE(g.strategy, 'Unmapped')     AS strategy,
    COUNT(DISTINCT d.user_id)            AS reach,
    SUM(d.imps)                          AS impressions,
    SUM(d.cost) / 100000                 AS spend
FROM delivery d
LEFT JOIN campaign_groups g ON g.campaign_id = d.campaign_id
GROUP BY 1
