SELECT customer_search_term,
       SUM(impressions) AS impressions,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
GROUP BY customer_search_term
HAVING COUNT(DISTINCT user_id) >= 2;
