WITH g AS (
  SELECT click_date,
         COUNT(*) AS clicks,
         SUM(SUM(bid_price)) OVER (ORDER BY click_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bids_to_end
  FROM dsp_clicks
  GROUP BY click_date
)
SELECT g.click_date, g.clicks, g.bids_to_end
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.click_date >= g.click_date) >= 100;
