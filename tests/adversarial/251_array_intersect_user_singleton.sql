-- attack: ARRAY_INTERSECT(ARRAY[user_id], ARRAY[parameter]) is non-empty for the target user only
-- mechanism: 3
-- expect-at: 5:24
SELECT ad_product_type,
       SUM(CARDINALITY(ARRAY_INTERSECT(ARRAY[user_id], ARRAY[CUSTOM_PARAMETER('uid')]))) AS target_events
FROM sponsored_ads_traffic
GROUP BY ad_product_type
