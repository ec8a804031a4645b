SELECT clicks, bids
FROM (SELECT COUNT(*) AS clicks,
             SUM(bid_price) AS bids,
             COUNT(DISTINCT user_id) AS u_
      FROM dsp_clicks
      WHERE campaign = 'Northwind Coffee Holiday Prospecting 2025')
WHERE u_ >= 100;
