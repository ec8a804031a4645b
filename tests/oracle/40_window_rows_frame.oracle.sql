-- entries of a day row: the dsp_clicks path (the day's own clickers) and the
-- window's frame on that path (the clickers of the up to 7 days at positions
-- pos-3..pos+3); bid_price is MEDIUM: 100 users from each
WITH g AS (
  SELECT click_date,
         COUNT(*) AS clicks,
         SUM(SUM(bid_price)) OVER (ORDER BY click_date ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING) AS bids_7d,
         ROW_NUMBER() OVER (ORDER BY click_date) AS pos
  FROM dsp_clicks
  GROUP BY click_date
),
day_users AS (
  SELECT g.pos, c.user_id
  FROM dsp_clicks c
  JOIN g ON c.click_date IS g.click_date
)
SELECT g.click_date, g.clicks, g.bids_7d
FROM g
WHERE (SELECT COUNT(DISTINCT du.user_id)
       FROM day_users du
       WHERE du.pos = g.pos) >= 100
  AND (SELECT COUNT(DISTINCT du.user_id)
       FROM day_users du
       WHERE du.pos BETWEEN g.pos - 3 AND g.pos + 3) >= 100;
