-- 27: a chain of CTEs over two user-owned tables (impressions per user and
-- device, clicks per user, joined on user_id), then GROUP BY device_type and
-- the user's click count. Two paths with the same users; (device, clicks)
-- rows with a single person are removed.
-- expect: removes
WITH imp AS (
  SELECT user_id, device_type, COUNT(*) AS imps
  FROM dsp_impressions
  GROUP BY user_id, device_type
),
clk AS (
  SELECT user_id, COUNT(*) AS clicks
  FROM dsp_clicks
  GROUP BY user_id
),
joined AS (
  SELECT imp.device_type, imp.user_id, imp.imps, clk.clicks
  FROM imp
  JOIN clk ON imp.user_id = clk.user_id
)
SELECT device_type,
       clicks,
       COUNT(*) AS people,
       SUM(imps) AS imps
FROM joined
GROUP BY device_type, clicks
