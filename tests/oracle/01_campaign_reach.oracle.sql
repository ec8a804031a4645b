-- one path (dsp_impressions); requirement 2 (campaign LOW)
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS imps
FROM dsp_impressions
GROUP BY campaign
HAVING COUNT(DISTINCT user_id) >= 2;
