-- entries of a campaign row: the outer dsp_clicks path (its clickers) and
-- the subquery's two paths, among its rows equal to the campaign (the
-- campaign's TV clicks joined to its attributed click events): its TV
-- clickers, its attributed clickers; campaign is LOW: 2 users from each
WITH tv AS (
  SELECT campaign, user_id FROM dsp_clicks WHERE device_type = 'TV'
),
at AS (
  SELECT campaign, user_id FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
),
s AS (
  SELECT DISTINCT campaign FROM tv WHERE campaign IN (SELECT campaign FROM at)
)
SELECT c.campaign, COUNT(*) AS clicks
FROM dsp_clicks c
JOIN s ON s.campaign = c.campaign
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM tv WHERE tv.campaign = c.campaign) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM at WHERE at.campaign = c.campaign) >= 2;
