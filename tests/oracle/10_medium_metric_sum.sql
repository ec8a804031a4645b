-- 10: an aggregate of a MEDIUM column (SUM(bid_price)) raises the requirement
-- of a campaign row from 2 to 100 users. Campaign reaches straddle 100
-- (96 removed, 103 kept on the reference fixture).
-- expect: removes
SELECT campaign,
       COUNT(*) AS n,
       SUM(bid_price) AS bids
FROM dsp_impressions
GROUP BY campaign
