-- 57: a funnel over three user-level CTEs (three paths): exposed (always
-- contributes), clicked and converted (LEFT JOINs: contribute only when some
-- exposed person of the campaign matches). A campaign is removed when its
-- clicked or converted path has exactly one person; a campaign without any
-- match on a side is not constrained by that side.
-- expect: removes
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
