/* Day-of-week x hour heatmap of sponsored ads clicks, using EXTRACT.
   Note: EXTRACT(DOW ...) is not guaranteed to number days like DAYOFWEEK
   (1 = Sunday, see 020); check one known date before labelling the days. */
SELECT
  EXTRACT(DOW FROM event_dt)   AS dow,
  EXTRACT(HOUR FROM event_dt)  AS hour,
  ad_product_type,
  SUM(clicks)                  AS clicks,
  SUM(impressions)             AS impressions,
  SUM(spend)                   AS spend,
  COUNT(DISTINCT user_id)      AS users
FROM sponsored_ads_traffic
GROUP BY
  EXTRACT(DOW FROM event_dt),
  EXTRACT(HOUR FROM event_dt),
  ad_product_type
