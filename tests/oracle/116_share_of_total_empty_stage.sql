-- 116: users and share of all users, by converted or not, with the total
-- from a one-row CTE over the same per-user table; the conversions stage
-- is empty in the fixture. A global aggregate gives a path that none of
-- its rows holds no users only when it aggregates no record at all: here
-- it aggregates every reached user, and the empty stage asks nothing.
-- expect: keeps-all
WITH reached AS (
  SELECT user_id, SUM(impressions) AS imps FROM dsp_impressions GROUP BY user_id
),
buyers AS (
  SELECT user_id, SUM(conversions) AS conversions FROM conversions_with_relevance GROUP BY user_id
),
per_user AS (
  SELECT r.user_id, r.imps, IF(b.user_id IS NULL, 0, 1) AS converted
  FROM reached r LEFT JOIN buyers b ON b.user_id = r.user_id
),
totals AS (
  SELECT COUNT(*) AS all_users FROM per_user
)
SELECT p.converted, COUNT(*) AS users, COUNT(*) * 1.0 / MAX(t.all_users) AS share
FROM per_user p CROSS JOIN totals t
GROUP BY p.converted
