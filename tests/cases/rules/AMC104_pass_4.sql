-- AMC104: must not be reported (SELECT DISTINCT is an aggregation method)
SELECT DISTINCT campaign FROM sponsored_ads_traffic
