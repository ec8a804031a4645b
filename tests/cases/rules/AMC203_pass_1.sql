-- AMC203: must not be reported
SELECT COUNT(*) AS n FROM dsp_clicks c LEFT JOIN dsp_impressions i ON i.request_tag = c.request_tag
