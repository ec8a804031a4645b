-- AMC016: must not be reported
WITH a AS (WITH a AS (SELECT campaign FROM dsp_clicks) SELECT campaign FROM a)
SELECT campaign, COUNT(*) AS n FROM a GROUP BY 1
