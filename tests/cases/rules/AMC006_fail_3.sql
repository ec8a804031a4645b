-- AMC006: must be reported
WITH a AS (SELECT campaign FROM dsp_impressions) SELECT COUNT(*) AS n FROM a;

-- and the next one
SELECT COUNT(*) AS n FROM dsp_clicks
