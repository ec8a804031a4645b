SELECT campaign,
       match_type,
       COUNT(DISTINCT user_id) AS reach,
       SUM(spend) AS spend,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
GROUP BY campaign, match_type
HAVING COUNT(DISTINCT user_id) >= 2;
