-- 40: a sliding frame (ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING) over daily
-- rows. SUM(SUM(bid_price)) reveals bid_price (MEDIUM: 100 users). A day's
-- own clickers are far fewer than 100, but its users are the union of the
-- clickers of the (up to) 7 days of its frame: middle days are kept, days at
-- the edges of the span, with shorter frames, can fall below 100.
-- expect: removes
SELECT click_date,
       COUNT(*) AS clicks,
       SUM(SUM(bid_price)) OVER (ORDER BY click_date ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING) AS bids_7d
FROM dsp_clicks
GROUP BY click_date
