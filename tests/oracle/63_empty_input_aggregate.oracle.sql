-- no contributing path: kept unconditionally
SELECT COUNT(*) AS n,
       SUM(bid_price) AS bids
FROM dsp_impressions
WHERE campaign = 'No Such Campaign';
