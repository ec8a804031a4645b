SELECT postal_code,
       COUNT(*) AS n,
       SUM(impressions) AS imps
FROM dsp_impressions
GROUP BY postal_code
HAVING COUNT(DISTINCT user_id) >= 100;
