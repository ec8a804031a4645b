-- AMC205: must not be reported
SELECT COUNT(*) AS n FROM dsp_impressions i JOIN dsp_clicks c ON i.request_tag = c.request_tag
