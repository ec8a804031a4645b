-- 105: an aggregate without GROUP BY over no record is a row of its own:
-- five probes, each the largest device type of one person (picked by a
-- MEDIUM timestamp) other than the probe. The arm that finds nothing
-- names the person's device by elimination; it counts zero users, and
-- the others one user, under the 2 a LOW value needs: every row goes.
-- expect: removes
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07'
  GROUP BY user_id
),
mine AS (
  SELECT i.device_type
  FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id
)
SELECT 'Phone' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'Phone'
UNION ALL
SELECT 'TV' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'TV'
UNION ALL
SELECT 'PC' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'PC'
UNION ALL
SELECT 'Tablet' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'Tablet'
UNION ALL
SELECT 'Other' AS probe, MAX(device_type) AS other_type FROM mine WHERE device_type <> 'Other'
