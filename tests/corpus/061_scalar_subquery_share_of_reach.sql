-- Share of total reach per operating system, total computed by a scalar subquery
SELECT
    operating_system,
    COUNT(DISTINCT user_id) AS reach,
    COUNT(DISTINCT user_id) * 1.0
        / (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions) AS share_of_total_reach
FROM dsp_impressions
GROUP BY operating_system
