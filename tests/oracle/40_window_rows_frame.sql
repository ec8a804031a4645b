-- 40: a sliding frame (ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING) over daily
-- rows. SUM(SUM(bid_price)) reveals bid_price (MEDIUM: 100 users). The frame
-- (the clickers of up to 7 days, often 100 or more) is an entry of its own;
-- the row's own path, a single day's clickers (far fewer than 100), must
-- reach 100 too, so every day is removed (the old rule, merging the frame's
-- users into the row's, kept the middle days).
-- expect: removes
SELECT click_date,
       COUNT(*) AS clicks,
       SUM(SUM(bid_price)) OVER (ORDER BY click_date ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING) AS bids_7d
FROM dsp_clicks
GROUP BY click_date
