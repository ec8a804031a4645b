-- entries of a (screen, campaign) row: the dsp_clicks path (its clickers)
-- and the ON subquery's path (the attributed click events of the campaign:
-- their users); campaign is LOW: 2 users from each
WITH screens (device_type, screen) AS (
  VALUES ('TV', 'large'), ('PC', 'large'),
         ('Phone', 'small'), ('Tablet', 'small'), ('Other', 'small')
),
a AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS u
  FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
  GROUP BY campaign
)
SELECT s.screen, c.campaign, COUNT(*) AS clicks, COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
JOIN screens s ON s.device_type = c.device_type
JOIN a ON a.campaign = c.campaign
GROUP BY s.screen, c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND MAX(a.u) >= 2;
