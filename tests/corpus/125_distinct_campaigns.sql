-- The distinct campaign names: SELECT DISTINCT is an aggregation.
SELECT DISTINCT campaign
FROM sponsored_ads_traffic
