-- entries of a row: the dsp_clicks path (the campaign's clickers) and the
-- correlated subquery (the users of its rows for the row's campaign: its
-- attributed click events; for the NOT EXISTS arm's rows, whose subquery
-- is empty, the users of all the rows of its FROM item, which none
-- matched); campaign and the correlation (campaign) are LOW: 2 users
WITH a AS (
  SELECT campaign, user_id FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
)
SELECT 'attributed' AS attribution, c.campaign, COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE c.campaign IN (SELECT campaign FROM a)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (SELECT COUNT(DISTINCT a.user_id) FROM a WHERE a.campaign = c.campaign) >= 2
UNION ALL
SELECT 'not attributed' AS attribution, c.campaign, COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE c.campaign NOT IN (SELECT campaign FROM a)
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (SELECT COUNT(DISTINCT user_id) FROM amazon_attributed_events_by_traffic_time) >= 2;
