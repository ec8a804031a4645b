-- AMC016: must be reported
WITH x AS (SELECT 1 AS v), X AS (SELECT 2 AS v)
SELECT SUM(v) AS s FROM x
