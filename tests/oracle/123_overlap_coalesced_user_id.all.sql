-- 123 without thresholds, in SQLite (no FULL JOIN)
WITH dsp AS (SELECT DISTINCT user_id FROM dsp_impressions),
sa AS (SELECT DISTINCT user_id FROM sponsored_ads_traffic),
exposed AS (
  SELECT d.user_id AS du, s.user_id AS su, COALESCE(d.user_id, s.user_id) AS user_id,
         CASE WHEN d.user_id IS NOT NULL AND s.user_id IS NOT NULL THEN 'both'
              WHEN d.user_id IS NOT NULL THEN 'dsp_only' ELSE 'sa_only' END AS segment
  FROM dsp d LEFT JOIN sa s ON d.user_id = s.user_id
  UNION ALL
  SELECT NULL, s.user_id, s.user_id, 'sa_only'
  FROM sa s WHERE NOT EXISTS (SELECT 1 FROM dsp d WHERE d.user_id = s.user_id)
),
conv AS (SELECT DISTINCT user_id FROM conversions)
SELECT e.segment, COUNT(DISTINCT e.user_id) AS exposed_users, COUNT(DISTINCT c.user_id) AS converters
FROM exposed e LEFT JOIN conv c ON e.user_id = c.user_id
GROUP BY e.segment
