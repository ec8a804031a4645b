-- Reach & frequency by supply source, with frequency quartiles (approximate)
WITH per_user AS (
  SELECT supply_source,
         user_id,
         SUM(impressions) AS imps
  FROM dsp_impressions
  GROUP BY supply_source, user_id
)
SELECT supply_source,
       COUNT(*)                          AS reach,
       SUM(imps)                         AS impressions,
       AVG(imps)                         AS mean_frequency,
       MEDIAN(imps)                      AS median_frequency,
       APPROX_PERCENTILE(imps, 0.9)      AS p90_frequency,
       STDDEV(imps)                      AS stddev_frequency
FROM per_user
GROUP BY supply_source
