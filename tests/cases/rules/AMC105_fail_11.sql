-- AMC105: must be reported. GROUP BY COALESCE(city_name, 'Unknown'): the
-- literal stands in for some rows' city, so the groups compare cities with it.
SELECT COALESCE(city_name, 'Unknown') AS city,
       COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS impressions,
       SUM(total_cost) AS spend
FROM dsp_impressions
GROUP BY 1
