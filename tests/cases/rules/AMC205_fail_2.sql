-- AMC205: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i
NATURAL LEFT JOIN dsp_clicks c
