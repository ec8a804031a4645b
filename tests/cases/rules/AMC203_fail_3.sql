-- AMC203: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i JOIN dsp_views v ON i.campaign_id = v.campaign_id RIGHT JOIN dsp_clicks c ON i.request_tag = c.request_tag
