-- AMC205: must not be reported
WITH a AS (SELECT campaign FROM dsp_impressions), b AS (SELECT campaign FROM dsp_clicks)
SELECT COUNT(*) AS n FROM a JOIN b USING (campaign)
