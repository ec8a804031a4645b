-- AMC303: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE campaign IN (SELECT campaign FROM dsp_clicks ORDER BY 1) GROUP BY 1
