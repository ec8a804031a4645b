-- 08: no GROUP BY: a single aggregate row over the whole table, only NONE
-- outputs (requirement 1); 3000 users: kept.
-- expect: keeps-all
SELECT COUNT(*) AS n,
       COUNT(DISTINCT user_id) AS users,
       SUM(impressions) AS imps
FROM dsp_impressions
