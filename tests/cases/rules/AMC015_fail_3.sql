-- AMC015: must be reported
WITH m (id, label) AS (VALUES (1, 'a'), (2))
SELECT label, COUNT(*) AS n FROM m GROUP BY 1
