-- attack: GROUP BY event_id of sponsored ads traffic: one row per event
-- expect: row-level export (grouped by event_id)
-- expect-at: 6:27
SELECT ad_product_type, SUM(spend) AS spend
FROM sponsored_ads_traffic
GROUP BY ad_product_type, event_id
