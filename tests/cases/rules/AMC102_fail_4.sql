-- AMC102: must be reported (SELECT DISTINCT of an identifier keeps one row per user)
SELECT DISTINCT user_id, campaign FROM dsp_impressions
