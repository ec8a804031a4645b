-- 98: a scalar subquery correlated on user_id (the exception) in the select
-- list of a user-level CTE: each clicker's purchase count. For a buyer, the
-- entry is that user's purchases (the user); for a non-buyer the subquery's
-- row holds no purchase, which does not constrain the row because it is
-- correlated on user_id. Grouped by segment and device type, rows need their
-- own clickers only: only the NULL-user clicks (NULL device type, 0 users)
-- are removed; without the exception every non-buyer row would be.
-- expect: removes
WITH clickers AS (
  SELECT user_id,
         device_type,
         COUNT(*) AS clicks,
         (SELECT COUNT(*) FROM conversions v WHERE v.user_id = c.user_id) AS purchases
  FROM dsp_clicks c
  GROUP BY user_id, device_type
)
SELECT device_type,
       CASE WHEN purchases > 0 THEN 'buyer' ELSE 'non-buyer' END AS segment,
       COUNT(*) AS people,
       SUM(clicks) AS clicks
FROM clickers
GROUP BY 1, 2
