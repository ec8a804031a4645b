-- AMC012: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i, dsp_clicks c WHERE campaign_id > 0
