-- AMC105: must not be reported
SELECT COUNT(*) AS n FROM dsp_impressions i JOIN dsp_clicks c ON i.user_id = c.user_id WHERE i.campaign = 'BRAND_A'
