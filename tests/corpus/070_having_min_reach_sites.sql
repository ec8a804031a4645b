-- Top sites and apps by reach; only sites with at least 500 users (HAVING)
SELECT
  COALESCE(site, app_bundle, 'unknown')  AS inventory,
  supply_source,
  COUNT(DISTINCT user_id)                AS reach,
  SUM(impressions)                       AS impressions,
  SUM(total_cost) / 100000               AS spend
FROM dsp_impressions
GROUP BY 1, 2
HAVING COUNT(DISTINCT user_id) >= 500
   AND SUM(impressions) > 0;
