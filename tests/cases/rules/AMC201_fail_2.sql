-- AMC201: must be reported
WITH top AS (SELECT campaign FROM dsp_impressions LIMIT 5)
SELECT COUNT(*) AS n FROM top
