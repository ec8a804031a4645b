-- 121 without thresholds (one row: a global aggregate)
SELECT 1;
