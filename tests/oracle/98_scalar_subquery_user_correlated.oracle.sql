-- entries of a (device type, segment) row: the dsp_clicks path (its
-- clickers) and the CTE's subquery on conversions, unioned over the row's
-- users: the buyers themselves for 'buyer', nothing for 'non-buyer' (empty
-- subqueries correlated on user_id do not constrain); device_type is LOW
WITH clickers AS (
  SELECT user_id,
         device_type,
         COUNT(*) AS clicks,
         (SELECT COUNT(*) FROM conversions v WHERE v.user_id = c.user_id) AS purchases
  FROM dsp_clicks c
  GROUP BY user_id, device_type
),
g AS (
  SELECT device_type,
         CASE WHEN purchases > 0 THEN 'buyer' ELSE 'non-buyer' END AS segment,
         COUNT(*) AS people,
         SUM(clicks) AS clicks,
         COUNT(user_id) AS own_users,
         COUNT(CASE WHEN purchases > 0 THEN user_id END) AS buyers_found
  FROM clickers
  GROUP BY 1, 2
)
SELECT device_type, segment, people, clicks
FROM g
WHERE own_users >= 2
  AND (segment = 'non-buyer' OR buyers_found >= 2);
