-- 09: no GROUP BY, a single aggregate row that is removed: SUM(bid_price)
-- reveals bid_price (MEDIUM: 100 users) and the campaign has only about 50
-- clickers.
-- expect: removes
SELECT COUNT(*) AS clicks,
       SUM(bid_price) AS bids
FROM dsp_clicks
WHERE campaign = 'Northwind Coffee Holiday Prospecting 2025'
