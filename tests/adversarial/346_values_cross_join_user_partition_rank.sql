-- attack: a rank within one user's partition whose rows are the user's impression cross-joined with VALUES lists of positions, ordered by a test of user_id's character against an alphabet computed from the row itself
-- expect: AMC101 (VALUES beside a user's rows make them impure: the rank stands on what orders it, user_id)
-- expect-at: 15:23
-- leak: the whole user_id of one person, 32 rows (position, rank)
-- mechanism: an item without users (VALUES) in the FROM of a per-user window can put any row beside the user's rows
WITH pos (p) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32)),
alpha (q) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47), (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63), (64), (65), (66), (67), (68), (69), (70), (71), (72)),
x AS (
  SELECT a.p AS p,
         RANK() OVER (PARTITION BY i.user_id, a.p
                      ORDER BY SUBSTRING(i.user_id, a.p, 1) > SUBSTRING(CONCAT(MD5(CAST(i.impressions AS VARCHAR)), SHA1(CAST(i.impressions AS VARCHAR))), b.q, 1)) AS rk
  FROM dsp_impressions i CROSS JOIN pos a CROSS JOIN alpha b
  WHERE i.impression_dt_utc = '2025-06-01 00:00:18'
)
SELECT p AS position, MAX(rk) AS r
FROM x
GROUP BY p
