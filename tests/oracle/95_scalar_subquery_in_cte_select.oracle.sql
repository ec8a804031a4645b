-- entries of an advertiser row: the dsp_impressions path (its users) and the
-- CTE's subquery on dsp_clicks, unioned over the advertiser's campaigns (the
-- late TV clickers of all of them); advertiser is LOW: 2 users from each
WITH late AS (
  SELECT campaign, user_id FROM dsp_clicks
  WHERE device_type = 'TV' AND click_hour >= 19
),
per_campaign AS (
  SELECT advertiser, campaign, COUNT(*) AS imps, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  GROUP BY advertiser, campaign
)
SELECT p.advertiser,
       COUNT(*) AS campaigns,
       SUM(p.imps) AS imps,
       SUM((SELECT COUNT(*) FROM late WHERE late.campaign = p.campaign)) AS late_tv_clicks
FROM per_campaign p
GROUP BY p.advertiser
HAVING (SELECT COUNT(DISTINCT d.user_id) FROM dsp_impressions d
        WHERE d.advertiser IS p.advertiser) >= 2
   AND (SELECT COUNT(DISTINCT late.user_id) FROM late
        WHERE late.campaign IN (SELECT p2.campaign FROM per_campaign p2
                                WHERE p2.advertiser IS p.advertiser)) >= 2;
