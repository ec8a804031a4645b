-- AMC015: must not be reported
WITH m (id, label) AS (VALUES (1, 'a'), (2, 'b'))
SELECT label, COUNT(*) AS n FROM m GROUP BY 1
