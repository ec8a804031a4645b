-- Running cumulative spend and share of total, per campaign and day
-- (window aggregates with ORDER BY inside OVER in the final SELECT are fine)
WITH daily AS (
    SELECT
        campaign,
        impression_date                  AS day,
        SUM(total_cost) / 100000.0       AS spend,
        SUM(impressions)                 AS impressions
    FROM dsp_impressions
    GROUP BY campaign, impression_date
)
SELECT
    campaign,
    day,
    spend,
    SUM(spend) OVER (PARTITION BY campaign ORDER BY day
                     ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)  AS cumulative_spend,
    spend / SUM(spend) OVER (PARTITION BY campaign)                      AS share_of_campaign_spend,
    AVG(impressions) OVER (PARTITION BY campaign ORDER BY day
                           ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)    AS impressions_7d_avg,
    RANK() OVER (PARTITION BY campaign ORDER BY spend DESC)              AS spend_rank
FROM daily
