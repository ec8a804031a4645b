SELECT campaign,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY campaign
HAVING MAX(bid_price) > 5000
   AND COUNT(DISTINCT user_id) >= 2;
