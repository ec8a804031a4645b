-- entries of a day row: the dsp_clicks path (the day's own clickers) and the
-- window's frame on that path (in descending order from the first row to the
-- current one: the clickers of that day and every later day); bid_price is
-- MEDIUM: 100 users from each
WITH g AS (
  SELECT click_date,
         COUNT(*) AS clicks,
         SUM(SUM(bid_price)) OVER (ORDER BY click_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bids_to_end
  FROM dsp_clicks
  GROUP BY click_date
)
SELECT g.click_date, g.clicks, g.bids_to_end
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.click_date IS g.click_date) >= 100
  AND (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.click_date >= g.click_date) >= 100;
