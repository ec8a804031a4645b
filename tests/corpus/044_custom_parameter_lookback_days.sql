-- Conversions within N days of a user's first click, N given as an INTEGER parameter
-- ('lookback_days'); the brand is given as a STRING parameter matched with LIKE
-- on the LOW campaign name.
WITH clicks AS (
    SELECT user_id, campaign, MIN(click_dt) AS first_click_dt
    FROM dsp_clicks
    WHERE campaign LIKE CONCAT('%', CUSTOM_PARAMETER('brand_name'), '%')
    GROUP BY user_id, campaign
),
purchases AS (
    SELECT user_id, event_dt, total_product_sales
    FROM conversions_with_relevance
    WHERE event_type_class = 'Conversion'
      AND engagement_scope = 'PROMOTED'
)
SELECT
    c.campaign,
    COUNT(DISTINCT c.user_id)                     AS clickers,
    COUNT(DISTINCT p.user_id)                     AS converters,
    SUM(p.total_product_sales)                    AS sales
FROM clicks c
LEFT JOIN purchases p
       ON p.user_id = c.user_id
      AND p.event_dt >= c.first_click_dt
      AND SECONDS_BETWEEN(c.first_click_dt, p.event_dt) <= CUSTOM_PARAMETER('lookback_days') * 86400
GROUP BY c.campaign
