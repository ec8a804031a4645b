-- entries of a row: its arm's dsp_impressions path (the advertiser's users)
-- and its arm's EXISTS subquery (the distinct users of every record the
-- subquery returns, 0 when it returns none); advertiser is LOW: 2 users
WITH am AS (
  SELECT COUNT(*) AS n, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks WHERE device_type = 'TV' AND click_hour = 3
),
pm AS (
  SELECT COUNT(*) AS n, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks WHERE device_type = 'TV' AND click_hour = 16
)
SELECT '3 am' AS tv_hour, i.advertiser, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i, am
WHERE am.n > 0
GROUP BY i.advertiser
HAVING COUNT(DISTINCT i.user_id) >= 2 AND MAX(am.u) >= 2
UNION ALL
SELECT '4 pm' AS tv_hour, i.advertiser, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i, pm
WHERE pm.n > 0
GROUP BY i.advertiser
HAVING COUNT(DISTINCT i.user_id) >= 2 AND MAX(pm.u) >= 2;
