SELECT a.campaign AS campaign_a,
       b.campaign AS campaign_b,
       COUNT(DISTINCT a.user_id) AS people,
       COUNT(*) AS pairs
FROM dsp_impressions a
JOIN dsp_impressions b
  ON a.user_id = b.user_id
 AND a.impression_dt_hour = b.impression_dt_hour
 AND a.campaign < b.campaign
WHERE a.impression_date < '2025-06-08'
  AND b.impression_date < '2025-06-08'
GROUP BY a.campaign, b.campaign
HAVING COUNT(DISTINCT a.user_id) >= 2
   AND COUNT(DISTINCT b.user_id) >= 2;
