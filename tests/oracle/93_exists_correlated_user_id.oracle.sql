-- entries of a row: the dsp_clicks path (the clickers let through) and the
-- subquery's conversions path (EXISTS arm: the users of the purchases found
-- for the group's clicks; NOT EXISTS arm: every subquery is empty and, being
-- correlated on user_id, does not constrain); campaign is LOW: 2 users
WITH v AS (
  SELECT user_id FROM conversions WHERE total_units_sold >= 1
)
SELECT 'buyers' AS clickers_who, c.campaign, COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE c.user_id IN (SELECT user_id FROM v)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (SELECT COUNT(DISTINCT v.user_id) FROM v
        WHERE v.user_id IN (SELECT c2.user_id FROM dsp_clicks c2
                            WHERE c2.campaign = c.campaign)) >= 2
UNION ALL
SELECT 'non-buyers' AS clickers_who, c.campaign, COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE c.user_id IS NULL OR c.user_id NOT IN (SELECT user_id FROM v)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2;
