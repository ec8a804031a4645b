-- 74: a RANGE frame with a numeric offset (RANGE BETWEEN 6 PRECEDING AND
-- CURRENT ROW over click_day, the day of the month), with MAX(bid_price)
-- (MEDIUM: 100 users). The frame (the clickers of the days d-6..d, past 100
-- from about the 7th) is an entry of its own; each day's own clickers
-- (at most 26) must reach 100 too, so every day is removed.
-- (Day 31 is 2025-05-31, the local-time day before the span starts.)
-- expect: removes
SELECT click_day,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY click_day RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS clickers_7d_sum,
       MAX(bid_price) AS max_bid
FROM dsp_clicks
GROUP BY click_day
