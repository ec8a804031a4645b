-- 38: a running SUM(...) OVER (ORDER BY ...): postal codes from the smallest
-- reach up, with their cumulative reach. The frame of a row is every row up
-- to it, so its users are the union of the users of those postal codes: the
-- first rows are removed (postal_code is HIGH: 100), then every row from the
-- one where the union reaches 100 users is kept.
-- expect: removes
SELECT postal_code,
       COUNT(DISTINCT user_id) AS reach,
       SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id), postal_code) AS cumulative_reach
FROM dsp_impressions
GROUP BY postal_code
