-- entries of a row: its arm's dsp_impressions path (the advertiser's users
-- among the impressions that pass) and its arm's NOT IN subquery (no result
-- row equals: the users of all its rows); advertiser is LOW: 2 users
WITH s1 AS (
  SELECT campaign, user_id FROM dsp_clicks
  WHERE device_type = 'TV' AND click_hour = 3
),
s2 AS (
  SELECT campaign, user_id FROM dsp_clicks
  WHERE device_type = 'TV'
)
SELECT 'not the 3 am TV campaign' AS excluded, i.advertiser,
       COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
WHERE i.campaign NOT IN (SELECT campaign FROM s1)
GROUP BY i.advertiser
HAVING COUNT(DISTINCT i.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM s1) >= 2
UNION ALL
SELECT 'no TV campaign' AS excluded, i.advertiser,
       COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
WHERE i.campaign NOT IN (SELECT campaign FROM s2)
GROUP BY i.advertiser
HAVING COUNT(DISTINCT i.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM s2) >= 2;
