-- 'and' rows: the dsp_clicks path only (their subqueries are empty and
-- correlated on user_id: no constraint); 'or' rows: every row let through
-- has an empty subquery without the exception, 0 users: none is kept;
-- campaign is LOW: 2 users
SELECT 'and' AS correlation, c.campaign, COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE c.user_id IS NULL
   OR c.user_id NOT IN (SELECT user_id FROM conversions
                        WHERE total_units_sold >= 1 AND user_id IS NOT NULL)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2;
