-- entries of a campaign row: the dsp_clicks path (its clickers) and the
-- select-list subquery's path (the campaign's TV clickers; none: 0 users);
-- campaign and first_tv_hour (click_hour) are LOW: 2 users from each
WITH tv AS (
  SELECT campaign, MIN(click_hour) AS first_tv_hour, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks
  WHERE device_type = 'TV'
  GROUP BY campaign
)
SELECT c.campaign, COUNT(*) AS clicks, MAX(tv.first_tv_hour) AS first_tv_hour
FROM dsp_clicks c
LEFT JOIN tv ON tv.campaign = c.campaign
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND COALESCE(MAX(tv.u), 0) >= 2;
