-- AMC206: must be reported
WITH a AS (SELECT campaign FROM dsp_impressions EXCEPT SELECT campaign FROM dsp_clicks)
SELECT COUNT(*) AS n FROM a
