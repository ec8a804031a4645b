-- 110: PARTITION BY the user_id of a one-row CTE cross-joined with every
-- impression is one partition of everybody, not one user's rows: the rank
-- orders all impressions by postal_code (HIGH) and the literal range picks
-- the five smallest ZIP codes. The rank is held to HIGH (100 users) on
-- every path and in its frame; the CTE's path has one person: every row
-- goes.
-- expect: removes
WITH u AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07'
),
x AS (
  SELECT i.user_id AS uid,
         DENSE_RANK() OVER (PARTITION BY u.user_id ORDER BY i.postal_code) AS zip_rank
  FROM u CROSS JOIN dsp_impressions i
)
SELECT zip_rank, COUNT(DISTINCT uid) AS users, COUNT(*) AS imps
FROM x
WHERE zip_rank BETWEEN 1 AND 5
GROUP BY zip_rank
