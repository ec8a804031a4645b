-- AMC106: must be reported
SELECT i.user_id FROM dsp_impressions_for_audiences i JOIN dsp_clicks c ON i.user_id = c.user_id
