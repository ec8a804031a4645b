-- attack: postal_code (HIGH) compared with the literal 10023, accepted
-- mechanism: 7
-- expect-at: 24:34
-- leak (static, c): postal_code (HIGH) compared with the literal 10023, accepted.
--   Returns reach, impressions and cost of zip 10023, which has 1 user.
-- mechanism: "ON/WHERE equalities pin columns to literals" only for `k = 10023`
--   (that form is rejected, AMC105). `k BETWEEN 10023 AND 10023`, `k >= 10023 AND
--   k <= 10023` and `k IN (10023)` pin k just as well but are not seen as pins, so
--   `i.postal_code = CAST(z.k AS VARCHAR)` counts as comparing two columns.
--   k is a ROW_NUMBER over data (1..N), so every number exists; its ORDER BY is MEDIUM,
--   so a literal filter on it is allowed on its own.
--   The output columns are NONE (requirement 1), so thresholds do not stop it; AMC
--   rejects the query as a whole for the literal filter on postal_code.
-- run:   build/amcq run --db /tmp/rt.db tests/adversarial/run_open/03_postal_literal_pinned_by_between.sql
-- output: reach 1 | imps 13 | cost 64.17
-- proof: sqlite3 /tmp/rt.db "SELECT COUNT(DISTINCT user_id), COUNT(*), SUM(total_cost) FROM dsp_impressions WHERE postal_code = '10023'"
--          -> 1|13|64.17
WITH n AS (
  SELECT ROW_NUMBER() OVER (ORDER BY impression_dt, bid_price) AS k, COUNT(*) AS c
  FROM dsp_impressions GROUP BY impression_dt, bid_price
),
z AS (SELECT k FROM n WHERE k BETWEEN 10023 AND 10023)
SELECT COUNT(DISTINCT i.user_id) AS reach, SUM(i.impressions) AS imps, SUM(i.total_cost) AS cost
FROM dsp_impressions i JOIN z ON i.postal_code = CAST(z.k AS VARCHAR)
