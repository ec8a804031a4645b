-- 100: a window over rows that come from two paths (a UNION ALL of TV
-- clicks and attributed click events, grouped by source and campaign, then
-- SUM(COUNT(*)) OVER (PARTITION BY campaign)). The window gives an entry
-- for each path of its input: a row of one source gets, through its
-- campaign's partition, the users of the other source too. A campaign's
-- TV-click row is removed when the campaign's attributed clicks come from
-- one person (and its attributed row when it has a single TV clicker); a
-- campaign present in one source only is constrained by that source alone.
-- expect: removes
WITH events AS (
  SELECT 'tv click' AS source, campaign, user_id
  FROM dsp_clicks
  WHERE device_type = 'TV'
  UNION ALL
  SELECT 'attributed click' AS source, campaign, user_id
  FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
)
SELECT source,
       campaign,
       COUNT(*) AS events,
       SUM(COUNT(*)) OVER (PARTITION BY campaign) AS campaign_events
FROM events
GROUP BY source, campaign
