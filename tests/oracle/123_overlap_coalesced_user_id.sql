-- 123: DSP / sponsored ads overlap: the two audiences FULL JOINed on
-- user_id, the merged id COALESCE(d.user_id, s.user_id), then converters
-- LEFT JOINed on it. A COALESCE of user ids is a user id: the join matches
-- users, and a segment needs its own users only (every column is a count).
-- expect: removes
WITH dsp AS (SELECT DISTINCT user_id FROM dsp_impressions),
sa AS (SELECT DISTINCT user_id FROM sponsored_ads_traffic),
exposed AS (
  SELECT COALESCE(d.user_id, s.user_id) AS user_id,
         CASE WHEN d.user_id IS NOT NULL AND s.user_id IS NOT NULL THEN 'both'
              WHEN d.user_id IS NOT NULL THEN 'dsp_only' ELSE 'sa_only' END AS segment
  FROM dsp d FULL OUTER JOIN sa s ON d.user_id = s.user_id
),
conv AS (SELECT DISTINCT user_id FROM conversions)
SELECT e.segment, COUNT(DISTINCT e.user_id) AS exposed_users, COUNT(DISTINCT c.user_id) AS converters
FROM exposed e LEFT JOIN conv c ON e.user_id = c.user_id
GROUP BY e.segment
