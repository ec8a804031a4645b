-- Which SETS of campaigns do users see? COLLECT(DISTINCT ...) per user, sorted
-- and joined into a string, then users counted per set.
WITH user_sets AS (
    SELECT
        user_id,
        ARRAY_SORT(COLLECT(DISTINCT campaign))   AS campaign_set,
        COUNT(DISTINCT campaign)                 AS n_campaigns
    FROM dsp_impressions
    WHERE campaign IS NOT NULL          -- COLLECT keeps NULLs
    GROUP BY user_id
)
SELECT
    ARRAY_TO_STRING(campaign_set, ' + ')  AS campaign_combination,
    n_campaigns,
    COUNT(user_id)                        AS users
FROM user_sets
WHERE n_campaigns <= 4
GROUP BY ARRAY_TO_STRING(campaign_set, ' + '), n_campaigns
