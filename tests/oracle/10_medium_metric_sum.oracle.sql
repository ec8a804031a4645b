SELECT campaign,
       COUNT(*) AS n,
       SUM(bid_price) AS bids
FROM dsp_impressions
GROUP BY campaign
HAVING COUNT(DISTINCT user_id) >= 100;
