-- A UNION's column reveals what every arm puts there; a scalar subquery
-- reveals its single column.
SELECT
  src,
  COUNT(*) AS events,
  (SELECT MAX(click_dt) FROM dsp_clicks) AS last_click
FROM (
  SELECT 'dsp' AS src, device_type AS d FROM dsp_impressions
  UNION ALL
  SELECT 'sa', ad_product_type FROM sponsored_ads_traffic
)
GROUP BY src
