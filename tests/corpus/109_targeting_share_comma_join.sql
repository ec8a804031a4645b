-- Sponsored ads targeting expressions: share of clicks and spend, with the
-- totals CTE joined in the FROM list by a comma (implicit cross join).
WITH by_targeting AS (
    SELECT
        ad_product_type,
        CASE
            WHEN targeting SIMILAR TO '(?i)^asin="?[A-Z0-9]{10}"?$'  THEN 'product targeting'
            WHEN targeting SIMILAR TO '(?i)^category=.*'             THEN 'category targeting'
            WHEN targeting SIMILAR TO '(?i)^(views|purchases)=.*'    THEN 'audience targeting'
            ELSE 'keyword'
        END                       AS targeting_kind,
        SUM(clicks)               AS clicks,
        SUM(spend)                AS spend
    FROM sponsored_ads_traffic
    GROUP BY 1, 2
),
totals AS (
    SELECT SUM(clicks) AS all_clicks, SUM(spend) AS all_spend
    FROM by_targeting
)
SELECT
    t.ad_product_type,
    t.targeting_kind,
    t.clicks,
    t.spend / 100000000.0                     AS spend,
    t.clicks * 1.0 / NULLIF(tt.all_clicks, 0) AS click_share,
    t.spend * 1.0 / NULLIF(tt.all_spend, 0)   AS spend_share
FROM by_targeting t, totals tt
