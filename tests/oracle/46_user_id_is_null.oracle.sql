SELECT user_id IS NULL AS anonymous,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
HAVING COUNT(DISTINCT user_id) >= 1;
