-- the path gave no record: zero users, below every requirement
SELECT COUNT(*) AS n,
       SUM(bid_price) AS bids
FROM dsp_impressions
WHERE campaign = 'No Such Campaign'
HAVING COUNT(DISTINCT user_id) >= 100;
