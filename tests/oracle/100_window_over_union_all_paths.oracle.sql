-- entries of a (source, campaign) row: its own path (the source's users for
-- the campaign) and the window's frame on each of the two paths (the
-- campaign's partition: its TV clickers, its attributed clickers; a path
-- with no record in the partition does not constrain); campaign is LOW
WITH tv AS (
  SELECT campaign, user_id FROM dsp_clicks WHERE device_type = 'TV'
),
at AS (
  SELECT campaign, user_id FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
),
g AS (
  SELECT 'tv click' AS source, campaign, COUNT(*) AS events,
         COUNT(DISTINCT user_id) AS own_u
  FROM tv GROUP BY campaign
  UNION ALL
  SELECT 'attributed click' AS source, campaign, COUNT(*) AS events,
         COUNT(DISTINCT user_id) AS own_u
  FROM at GROUP BY campaign
)
SELECT g.source, g.campaign, g.events,
       (SELECT SUM(g2.events) FROM g g2 WHERE g2.campaign IS g.campaign) AS campaign_events
FROM g
WHERE g.own_u >= 2
  AND (NOT EXISTS (SELECT 1 FROM tv WHERE tv.campaign IS g.campaign)
       OR (SELECT COUNT(DISTINCT user_id) FROM tv WHERE tv.campaign IS g.campaign) >= 2)
  AND (NOT EXISTS (SELECT 1 FROM at WHERE at.campaign IS g.campaign)
       OR (SELECT COUNT(DISTINCT user_id) FROM at WHERE at.campaign IS g.campaign) >= 2);
