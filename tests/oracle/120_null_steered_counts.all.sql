-- 120 without thresholds, in SQLite (one row: a global aggregate)
SELECT 1;
