-- Reach and impressions by city. city_name is HIGH: a city's row needs at
-- least 100 distinct users, so `amcq run` removes the small cities, as AMC
-- would.
SELECT
  city_name,
  COUNT(DISTINCT user_id) AS reach,
  SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY city_name
