SELECT campaign, COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY campaign
