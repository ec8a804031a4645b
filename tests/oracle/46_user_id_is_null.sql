-- 46: grouping by user_id IS NULL (reveals nothing: requirement 1): the
-- anonymous row (5000+ impressions, all with NULL user_id) has 0 users and is
-- removed; the other is kept.
-- expect: removes
SELECT user_id IS NULL AS anonymous,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY user_id IS NULL
