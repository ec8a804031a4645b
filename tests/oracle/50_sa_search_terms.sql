-- 50: sponsored_ads_traffic by customer_search_term (LOW: 2), a long tail:
-- about half the terms were searched by one person (removed), many by
-- exactly two (kept).
-- expect: removes
SELECT customer_search_term,
       SUM(impressions) AS impressions,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
GROUP BY customer_search_term
