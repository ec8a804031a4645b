-- AMC203: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i
RIGHT OUTER JOIN dsp_clicks c ON i.request_tag = c.request_tag
