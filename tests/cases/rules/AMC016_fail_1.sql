-- AMC016: must be reported
WITH a AS (SELECT campaign FROM dsp_impressions),
     a AS (SELECT campaign FROM dsp_clicks)
SELECT campaign, COUNT(*) AS n FROM a GROUP BY 1
