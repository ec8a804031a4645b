-- Daily pacing of sponsored ads spend against a budget parameter. The daily
-- CTE is ordered (ORDER BY inside a CTE, as in Amazon's templates) and the
-- running total uses SUM() OVER.
WITH daily_spend AS (
    SELECT
        event_date,
        SUM(spend) / 100000000.0     AS spend,
        SUM(clicks)                  AS clicks
    FROM sponsored_ads_traffic
    WHERE campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
    GROUP BY event_date
    ORDER BY event_date
)
SELECT
    event_date,
    spend,
    clicks,
    SUM(spend) OVER (ORDER BY event_date)                            AS spend_to_date,
    SUM(spend) OVER (ORDER BY event_date) / CUSTOM_PARAMETER('budget') AS budget_used_share
FROM daily_spend
