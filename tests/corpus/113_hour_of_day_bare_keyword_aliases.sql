-- Impressions by hour and day of week, with aliases written without AS the
-- way analysts type them: "hour" and "day" are keywords in PostgreSQL, plain
-- names in AMC.
SELECT
  HOUR(impression_dt) hour,
  DAYOFWEEK(impression_dt) day,
  COUNT(DISTINCT user_id) reach,
  SUM(impressions) impressions
FROM dsp_impressions
GROUP BY 1, 2
