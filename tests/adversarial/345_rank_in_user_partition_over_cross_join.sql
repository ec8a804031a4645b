-- attack: the full user_id (VERY_HIGH) of one chosen person: a rank "within one user's partition" whose rows are that user's impression cross-joined with probe rows, ordered by a test of user_id
-- expect: AMC101 (the rank's ORDER BY compares user_id with other rows' data), or its rows held to HIGH
-- expect-at: 23:23
-- leak: 32 rows (position, r) that spell the user_id of the person behind one chosen
--   impression: the partition (user_id, position) holds that user's impression cross-joined
--   with an alphabet built from data, and the rank of the rows ordered by a test of the
--   user_id's character against the alphabet is the character's place in it.
-- mechanism: a rank within one user's partition is a count of that user's own rows only when
--   the rows are that user's alone (no cross-joined rows from elsewhere) and the ORDER BY asks
--   nothing of other rows; here it does, so the rank stands on what orders it: user_id.
WITH pos (p) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
  (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32)),
camps AS (SELECT campaign FROM dsp_impressions GROUP BY campaign),
alpha AS (
  SELECT SUBSTRING(MD5(c.campaign), q.p, 1) AS ch FROM camps c CROSS JOIN pos q GROUP BY 1
),
x AS (
  SELECT pos.p AS p,
         RANK() OVER (PARTITION BY i.user_id, pos.p ORDER BY SUBSTRING(i.user_id, pos.p, 1) > a.ch) AS rk
  FROM dsp_impressions i CROSS JOIN pos CROSS JOIN alpha a
  WHERE i.impression_dt = '2025-06-11 05:40:07'
)
SELECT p AS position, MAX(rk) AS r
FROM x
GROUP BY p
