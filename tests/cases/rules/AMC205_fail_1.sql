-- AMC205: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions NATURAL JOIN dsp_clicks
