-- AMC012: must be reported
WITH a AS (SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1),
     b AS (SELECT campaign, COUNT(*) AS n FROM dsp_clicks GROUP BY 1)
SELECT a.campaign, SUM(n) AS total FROM a JOIN b ON a.campaign = b.campaign GROUP BY 1
