-- AMC012: must be reported
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions i JOIN dsp_clicks c ON i.request_tag = c.request_tag
GROUP BY 1
