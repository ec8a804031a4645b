-- A query that reads no table needs no aggregation.
SELECT ROUND(5.55, 1) AS r
