-- 73: a running window in descending order (ORDER BY click_date DESC ROWS
-- BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) revealing bid_price
-- (MEDIUM: 100 users): the frame of a day (it and every later day) is an
-- entry of its own and reaches 100 users after a few days, but each day's
-- own clickers (at most 26) must reach 100 too: every day is removed.
-- expect: removes
SELECT click_date,
       COUNT(*) AS clicks,
       SUM(SUM(bid_price)) OVER (ORDER BY click_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bids_to_end
FROM dsp_clicks
GROUP BY click_date
