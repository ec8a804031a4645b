-- 73: a running window in descending order (ORDER BY click_date DESC ROWS
-- BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) revealing bid_price
-- (MEDIUM: 100 users): the last days come first and are removed until the
-- union of their clickers reaches 100; every earlier day is kept.
-- expect: removes
SELECT click_date,
       COUNT(*) AS clicks,
       SUM(SUM(bid_price)) OVER (ORDER BY click_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bids_to_end
FROM dsp_clicks
GROUP BY click_date
