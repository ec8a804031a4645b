-- first arm: the dsp_clicks path (the hour's TV clickers) and the window's
-- frame on it (the TV clickers of hours h+1 and h+2; none: no constraint);
-- second arm: its own dsp_clicks path only; click_hour is LOW: 2 users
WITH g AS (
  SELECT click_hour,
         COUNT(*) AS tv_clicks,
         SUM(COUNT(*)) OVER (ORDER BY click_hour
                             RANGE BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS next_2h_clicks
  FROM dsp_clicks
  WHERE device_type = 'TV'
  GROUP BY click_hour
),
tv AS (
  SELECT user_id, click_hour FROM dsp_clicks WHERE device_type = 'TV'
)
SELECT 'with next hours' AS arm, g.click_hour, g.tv_clicks, g.next_2h_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT user_id) FROM tv
       WHERE tv.click_hour IS g.click_hour) >= 2
  AND (NOT EXISTS (SELECT 1 FROM tv
                   WHERE tv.click_hour BETWEEN g.click_hour + 1 AND g.click_hour + 2)
       OR (SELECT COUNT(DISTINCT user_id) FROM tv
           WHERE tv.click_hour BETWEEN g.click_hour + 1 AND g.click_hour + 2) >= 2)
UNION ALL
SELECT 'alone' AS arm, g.click_hour, g.tv_clicks, NULL AS next_2h_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT user_id) FROM tv
       WHERE tv.click_hour IS g.click_hour) >= 2;
