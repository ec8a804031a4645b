-- 63: an aggregate without GROUP BY over no record (no such campaign): SQL
-- still returns one row (0, NULL). It reports on the data (nothing
-- matched) with no user behind it: the path counts zero users and the row
-- is removed, as rows with too few users are.
-- expect: removes
SELECT COUNT(*) AS n,
       SUM(bid_price) AS bids
FROM dsp_impressions
WHERE campaign = 'No Such Campaign'
