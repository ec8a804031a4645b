-- every column reveals nothing (1 user); entries: the group's impressions
-- and buyers (where it has any), and the totals' impressions and buyers
-- (where they have any)
WITH reached AS (
  SELECT user_id, SUM(impressions) AS imps FROM dsp_impressions GROUP BY user_id
),
buyers AS (
  SELECT user_id, SUM(conversions) AS conversions FROM conversions_with_relevance GROUP BY user_id
),
per_user AS (
  SELECT r.user_id, b.user_id AS buyer, r.imps, IIF(b.user_id IS NULL, 0, 1) AS converted
  FROM reached r LEFT JOIN buyers b ON b.user_id = r.user_id
),
totals AS (
  SELECT COUNT(*) AS all_users FROM per_user
)
SELECT p.converted, COUNT(*) AS users, COUNT(*) * 1.0 / MAX(t.all_users) AS share
FROM per_user p CROSS JOIN totals t
GROUP BY p.converted
HAVING COUNT(DISTINCT p.user_id) >= 1
   AND (COUNT(p.buyer) = 0 OR COUNT(DISTINCT p.buyer) >= 1)
   AND (SELECT COUNT(DISTINCT user_id) FROM per_user) >= 1
   AND ((SELECT COUNT(buyer) FROM per_user) = 0
        OR (SELECT COUNT(DISTINCT buyer) FROM per_user) >= 1);
