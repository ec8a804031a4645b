-- entries of a day-of-month row: the dsp_clicks path (the day's own
-- clickers) and the window's frame on that path (the clickers of the days
-- d-6..d); max_bid reveals bid_price, MEDIUM: 100 users from each
WITH g AS (
  SELECT click_day,
         COUNT(DISTINCT user_id) AS clickers,
         SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY click_day RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS clickers_7d_sum,
         MAX(bid_price) AS max_bid
  FROM dsp_clicks
  GROUP BY click_day
)
SELECT g.click_day, g.clickers, g.clickers_7d_sum, g.max_bid
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.click_day IS g.click_day) >= 100
  AND (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.click_day BETWEEN g.click_day - 6 AND g.click_day) >= 100;
