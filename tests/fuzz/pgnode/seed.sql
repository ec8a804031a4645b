SELECT a, -1, 1.5, x::int[] FROM t WHERE b IN (1, 2) ORDER BY 1 LIMIT 3
