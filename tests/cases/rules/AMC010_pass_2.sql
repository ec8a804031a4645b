-- AMC010: must not be reported
WITH dsp_clicks AS (SELECT campaign FROM dsp_impressions)
SELECT campaign, COUNT(*) AS n FROM dsp_clicks GROUP BY campaign
