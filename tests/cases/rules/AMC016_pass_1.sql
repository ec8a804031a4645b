-- AMC016: must not be reported
WITH a AS (SELECT campaign FROM dsp_impressions), b AS (SELECT campaign FROM dsp_clicks)
SELECT a.campaign, COUNT(*) AS n FROM a JOIN b ON a.campaign = b.campaign GROUP BY 1
