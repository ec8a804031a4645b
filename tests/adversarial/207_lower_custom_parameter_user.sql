-- attack: LOWER on both sides, the user id given as a CUSTOM_PARAMETER
-- mechanism: 1
-- expect-at: 8:7
SELECT ad_product_type,
       SUM(impressions) AS imps,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
WHERE LOWER(user_id) = LOWER(CUSTOM_PARAMETER('target_user'))
GROUP BY ad_product_type
