-- 69: a MEDIUM column (bid_price) only in HAVING, not in the output: the
-- requirement comes from output columns only (campaign: 2), not 100.
-- expect: removes
SELECT campaign,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY campaign
HAVING MAX(bid_price) > 5000
