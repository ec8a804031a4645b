SELECT device_type,
       COUNT(*) AS n,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY device_type
HAVING COUNT(DISTINCT user_id) >= 2;
