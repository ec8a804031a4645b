-- k and v records joined on user_id always have a user: a path contributed
-- iff COUNT(x.user_id) > 0
WITH exposed AS (
  SELECT user_id, campaign, COUNT(*) AS imps
  FROM dsp_impressions
  GROUP BY user_id, campaign
),
clicked AS (
  SELECT user_id, campaign, COUNT(*) AS clicks
  FROM dsp_clicks
  GROUP BY user_id, campaign
),
converted AS (
  SELECT user_id, COUNT(*) AS purchases
  FROM conversions
  GROUP BY user_id
)
SELECT e.campaign,
       COUNT(DISTINCT e.user_id) AS exposed,
       COUNT(DISTINCT k.user_id) AS clickers,
       COUNT(DISTINCT v.user_id) AS converters
FROM exposed e
LEFT JOIN clicked k
  ON e.user_id = k.user_id
 AND e.campaign = k.campaign
LEFT JOIN converted v
  ON e.user_id = v.user_id
GROUP BY e.campaign
HAVING COUNT(DISTINCT e.user_id) >= 2
   AND (COUNT(k.user_id) = 0 OR COUNT(DISTINCT k.user_id) >= 2)
   AND (COUNT(v.user_id) = 0 OR COUNT(DISTINCT v.user_id) >= 2);
