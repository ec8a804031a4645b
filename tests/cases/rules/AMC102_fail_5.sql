-- AMC102: must be reported (GROUP BY an identifier is one row per user)
SELECT user_id FROM dsp_impressions GROUP BY user_id
