-- zip_rank stands on postal_code (HIGH): 100 users on the impressions'
-- path, on the CTE's path (the chosen person), and in the rank's frame
-- (the impressions up to the row's ZIP code and its peers)
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
HAVING COUNT(DISTINCT uid) >= 100
   AND (SELECT COUNT(DISTINCT user_id) FROM u) >= 100
   AND (SELECT COUNT(DISTINCT x2.uid) FROM x x2 WHERE x2.zip_rank <= x.zip_rank) >= 100;
