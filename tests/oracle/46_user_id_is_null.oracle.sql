-- amcq prints booleans as true/false, like AMC
SELECT CASE WHEN user_id IS NULL THEN 'true' ELSE 'false' END AS anonymous,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
HAVING COUNT(DISTINCT user_id) >= 1;
