-- AMC010: must be reported
WITH a AS (SELECT campaign FROM dsp_clicks)
SELECT COUNT(*) AS n FROM b
