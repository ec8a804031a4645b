SELECT advertiser,
       COUNT(*) AS impressions,
       COUNT(DISTINCT user_id) AS reach,
       ROUND(SUM(total_cost), 2) AS total_cost
FROM dsp_impressions
GROUP BY advertiser
HAVING COUNT(DISTINCT user_id) >= 2;
