-- the impressions' path (everybody) and each subquery: its rows' users,
-- 100 (its filters read user_id), or none when it found nothing
WITH s1 AS (SELECT user_id FROM dsp_impressions x
            WHERE x.impression_dt_utc = '2025-06-01 00:00:18'
              AND substr(x.user_id, 1, 1) < substr(x.campaign, 1, 1)),
     s2 AS (SELECT user_id FROM dsp_impressions x
            WHERE x.impression_dt_utc = '2025-06-01 00:00:18'
              AND substr(x.user_id, 2, 1) < substr(x.campaign, 1, 1))
SELECT COUNT(*) AS n,
       CASE WHEN EXISTS (SELECT 1 FROM s1) THEN 'true' ELSE 'false' END AS b1,
       CASE WHEN EXISTS (SELECT 1 FROM s2) THEN 'true' ELSE 'false' END AS b2
FROM dsp_impressions
HAVING COUNT(DISTINCT user_id) >= 100
   AND (SELECT COUNT(DISTINCT user_id) FROM s1) >= 100
   AND (SELECT COUNT(DISTINCT user_id) FROM s2) >= 100;
