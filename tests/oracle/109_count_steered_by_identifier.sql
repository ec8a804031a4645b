-- 109: a count steered by a test of user_id against data: for one person
-- (picked by a MEDIUM timestamp) and each position, how many characters
-- of an alphabet built from campaign names lie below that position's
-- character of the person's user_id; 32 such counts would spell it. What
-- decides whether COUNT counts a row decides the count: the column stands
-- on user_id, held to HIGH (100 users), and every row stands on one person.
-- expect: removes
WITH pos (p) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
  (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32)),
camps AS (SELECT campaign FROM dsp_impressions GROUP BY campaign),
alpha AS (
  SELECT SUBSTRING(c.campaign, q.p, 1) AS ch FROM camps c CROSS JOIN pos q GROUP BY 1
)
SELECT pos.p AS position,
  COUNT(CASE WHEN SUBSTRING(i.user_id, pos.p, 1) > a.ch THEN 1 END) AS rank_of_char
FROM dsp_impressions i CROSS JOIN pos CROSS JOIN alpha a
WHERE i.impression_dt = '2025-06-11 05:40:07'
GROUP BY pos.p
