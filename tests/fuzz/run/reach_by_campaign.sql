-- Reach, impressions and frequency by campaign over the time window.
SELECT
  campaign,
  COUNT(DISTINCT user_id) AS reach,
  SUM(impressions) AS impressions,
  SUM(impressions) / COUNT(DISTINCT user_id) AS avg_frequency
FROM dsp_impressions
GROUP BY campaign
