-- AMC106: must be reported
SELECT user_id, campaign FROM dsp_impressions_for_audiences
