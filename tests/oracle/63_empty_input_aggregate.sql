-- 63: an aggregate without GROUP BY over no record (no such campaign): SQL
-- still returns one row (0, NULL). No path contributed a record to it, so
-- no path constrains it: it is kept, although SUM(bid_price) is MEDIUM.
-- expect: keeps-all
SELECT COUNT(*) AS n,
       SUM(bid_price) AS bids
FROM dsp_impressions
WHERE campaign = 'No Such Campaign'
