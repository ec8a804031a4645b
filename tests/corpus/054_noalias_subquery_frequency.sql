-- Frequency histogram with a subquery in FROM that has no alias.
-- AMC accepts `FROM (SELECT ...) GROUP BY ...` without naming the subquery.
SELECT
    impressions_per_user,
    COUNT(*) AS users
FROM (
    SELECT user_id, SUM(impressions) AS impressions_per_user
    FROM dsp_impressions
    GROUP BY user_id
)
GROUP BY impressions_per_user
