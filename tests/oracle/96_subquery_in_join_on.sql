-- 96: an IN subquery in a JOIN ... ON condition: clicks joined to a VALUES
-- list of screen sizes, only for campaigns with attributed click events.
-- The subquery is an entry of each joined row: the users of its rows equal
-- to the click's campaign (that campaign's attributed clickers), unioned
-- by the GROUP BY: a (screen, campaign) row is removed when its campaign's
-- attributed clicks come from one person, however many clickers it has.
-- expect: removes
WITH screens (device_type, screen) AS (
  VALUES ('TV', 'large'), ('PC', 'large'),
         ('Phone', 'small'), ('Tablet', 'small'), ('Other', 'small')
)
SELECT s.screen,
       c.campaign,
       COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
JOIN screens s
  ON s.device_type = c.device_type
 AND c.campaign IN (SELECT campaign
                    FROM amazon_attributed_events_by_traffic_time
                    WHERE traffic_event_type = 'CLICK')
GROUP BY s.screen, c.campaign
