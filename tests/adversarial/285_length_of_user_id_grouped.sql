-- attack: the length of user_id as a grouping key: small groups per id format
-- mechanism: 5
-- expect-at: 6:10
SELECT COUNT(DISTINCT user_id) AS users
FROM sponsored_ads_traffic
GROUP BY LENGTH(user_id)
