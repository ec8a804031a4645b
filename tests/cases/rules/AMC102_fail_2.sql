-- AMC102: must be reported
WITH per_user AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id)
SELECT n FROM per_user
