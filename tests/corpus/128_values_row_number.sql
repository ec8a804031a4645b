-- A VALUES list numbered with ROW_NUMBER: no user data, no aggregation.
SELECT v.label, ROW_NUMBER() OVER (ORDER BY v.label) AS n
FROM (VALUES ('awareness'), ('consideration'), ('conversion')) AS v(label)
