-- AMC104: must not be reported (a VALUES list is no user-owned table)
SELECT x, ROW_NUMBER() OVER (ORDER BY x) AS n FROM (VALUES ('a'), ('b')) AS v(x)
