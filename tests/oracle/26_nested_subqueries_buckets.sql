-- 26: two levels of subqueries in FROM: clicks per (user, device_type), a
-- CASE bucket of that count, then people per (device_type, bucket).
-- Requirement 2 (device_type); the bucket comes from COUNT(*) (NONE).
-- The NULL device_type holds the NULL-user group only: removed.
-- expect: removes
SELECT device_type,
       bucket,
       COUNT(*) AS people
FROM (SELECT user_id,
             device_type,
             CASE WHEN n >= 3 THEN '3+' ELSE CAST(n AS VARCHAR) END AS bucket
      FROM (SELECT user_id, device_type, COUNT(*) AS n
            FROM dsp_clicks
            GROUP BY user_id, device_type) per_user) b
GROUP BY device_type, bucket
