-- rank_of_char stands on user_id (what decides the count): 100 users from
-- every path: the impressions behind the row (one timestamp) and the
-- campaigns behind the alphabet (all of them, cross-joined into each row)
WITH pos (p) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
  (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32)),
camps AS (SELECT campaign FROM dsp_impressions GROUP BY campaign),
alpha AS (
  SELECT substr(c.campaign, q.p, 1) AS ch FROM camps c CROSS JOIN pos q GROUP BY 1
)
SELECT pos.p AS position,
  COUNT(CASE WHEN substr(i.user_id, pos.p, 1) > a.ch THEN 1 END) AS rank_of_char
FROM dsp_impressions i CROSS JOIN pos CROSS JOIN alpha a
WHERE i.impression_dt = '2025-06-11 05:40:07'
GROUP BY pos.p
HAVING COUNT(DISTINCT i.user_id) >= 100
   AND (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions) >= 100;
