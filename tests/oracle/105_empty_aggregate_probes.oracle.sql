-- each arm: the users of the rows it aggregates (none or the one person),
-- and other_type is LOW: 2 users needed
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07'
  GROUP BY user_id
),
mine AS (
  SELECT i.device_type, i.user_id
  FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id
)
SELECT 'Phone' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'Phone' HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'TV' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'TV' HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'PC' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'PC' HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'Tablet' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'Tablet' HAVING COUNT(DISTINCT user_id) >= 2
UNION ALL
SELECT 'Other' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'Other' HAVING COUNT(DISTINCT user_id) >= 2;
