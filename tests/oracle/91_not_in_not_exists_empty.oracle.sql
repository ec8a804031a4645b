-- entries of a row: its arm's dsp_impressions path and its arm's subquery,
-- which returns no row: 0 users, so no row can be kept; the subquery's
-- users are still counted here, for any fixture where it is not empty
-- (NOT IN: all its rows; NOT EXISTS lets no row through then).
-- advertiser is LOW: 2 users
WITH s AS (
  SELECT campaign, user_id FROM dsp_clicks
  WHERE device_type = 'TV' AND click_hour = 4
)
SELECT 'not in' AS test, i.advertiser, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
WHERE i.campaign NOT IN (SELECT campaign FROM s)
GROUP BY i.advertiser
HAVING COUNT(DISTINCT i.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM s) >= 2
UNION ALL
SELECT 'not exists' AS test, i.advertiser, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
WHERE NOT EXISTS (SELECT 1 FROM s)
GROUP BY i.advertiser
HAVING COUNT(DISTINCT i.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM s) >= 2;
