-- entries of an (advertiser, attributed or not) row: the dsp_clicks path
-- (its clickers) and the IN subquery's path, unioned over the row's clicks:
-- for attributed campaigns, the attributed clickers of the advertiser's
-- attributed campaigns; for the others, every attributed clicker;
-- advertiser is LOW: 2 users from each
WITH a AS (
  SELECT campaign, user_id
  FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
),
g AS (
  SELECT advertiser,
         CASE WHEN campaign IN (SELECT campaign FROM a) THEN 1 ELSE 0 END AS attributed,
         COUNT(*) AS clicks,
         COUNT(DISTINCT user_id) AS clickers
  FROM dsp_clicks
  GROUP BY 1, 2
)
SELECT g.advertiser, g.clicks, g.clickers
FROM g
WHERE g.clickers >= 2
  AND CASE g.attributed
        WHEN 1 THEN
          (SELECT COUNT(DISTINCT a.user_id) FROM a
           WHERE a.campaign IN (SELECT c.campaign FROM dsp_clicks c
                                WHERE c.advertiser IS g.advertiser))
        ELSE (SELECT COUNT(DISTINCT a.user_id) FROM a)
      END >= 2;
