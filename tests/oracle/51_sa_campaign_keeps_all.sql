-- 51: sponsored_ads_traffic by campaign and match_type with spend (NONE):
-- every row has many users, nothing is removed.
-- expect: keeps-all
SELECT campaign,
       match_type,
       COUNT(DISTINCT user_id) AS reach,
       SUM(spend) AS spend,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
GROUP BY campaign, match_type
