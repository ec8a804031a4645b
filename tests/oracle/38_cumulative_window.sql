-- 38: a running SUM(...) OVER (ORDER BY ...): postal codes from the smallest
-- reach up, with their cumulative reach. The frame of a row (every row up
-- to it) is an entry of its own beside the row's own path: the frame soon
-- has 100 users, but each postal code also needs 100 users itself
-- (postal_code is HIGH), so only the few largest postal codes, at the end
-- of the order, are kept (the old rule, which merged the frame's users into
-- the row's, kept every row from the one where the union reached 100).
-- expect: removes
SELECT postal_code,
       COUNT(DISTINCT user_id) AS reach,
       SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id), postal_code) AS cumulative_reach
FROM dsp_impressions
GROUP BY postal_code
