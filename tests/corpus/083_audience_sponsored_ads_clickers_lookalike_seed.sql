-- AUDIENCE (lookalike seed): sponsored-products clickers on generic keywords
-- who later viewed a detail page, from the attributed events table.
WITH sp_clickers AS (
    SELECT DISTINCT user_id
    FROM sponsored_ads_traffic_for_audiences
    WHERE ad_product_type = 'sponsored_products'
      AND clicks > 0
      AND match_type IN ('BROAD', 'PHRASE')
),
dpv_after_ad AS (
    SELECT user_id
    FROM amazon_attributed_events_by_traffic_time_for_audiences
    GROUP BY user_id
    HAVING SUM(detail_page_view) > 0
)
SELECT c.user_id
FROM sp_clickers c
WHERE c.user_id IN (SELECT user_id FROM dpv_after_ad)
