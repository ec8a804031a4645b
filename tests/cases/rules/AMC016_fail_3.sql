-- AMC016: must be reported
WITH a AS (SELECT campaign FROM dsp_impressions), b AS (SELECT 1 AS v), a AS (SELECT 2 AS v)
SELECT COUNT(*) AS n FROM b
