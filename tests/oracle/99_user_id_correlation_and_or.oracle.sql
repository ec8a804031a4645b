-- 'and' rows: the dsp_clicks path only (their subqueries are empty and
-- correlated on user_id: no constraint); 'or' rows: every row let through
-- has an empty subquery without the exception: the users of all the rows
-- of conversions, which must number 100 (the correlation compares user_id,
-- capped at HIGH); campaign is LOW: 2 users
SELECT 'and' AS correlation, c.campaign, COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE c.user_id IS NULL
   OR c.user_id NOT IN (SELECT user_id FROM conversions
                        WHERE total_units_sold >= 1 AND user_id IS NOT NULL)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
UNION ALL
SELECT 'or' AS correlation, c.campaign, COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE NOT EXISTS (SELECT 1 FROM conversions v
                  WHERE c.user_id = v.user_id OR v.total_units_sold > 1000)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM conversions) >= 100;
