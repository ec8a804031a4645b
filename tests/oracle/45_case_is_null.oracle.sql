SELECT CASE WHEN postal_code IS NULL THEN 'unknown' ELSE 'known' END AS postal,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
HAVING COUNT(DISTINCT user_id) >= 1;
