-- AMC205: must be reported
WITH a AS (SELECT campaign FROM dsp_impressions), b AS (SELECT campaign FROM dsp_clicks)
SELECT COUNT(*) AS n FROM a NATURAL JOIN b
