-- AMC016: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i JOIN dsp_clicks i ON i.request_tag = i.request_tag
