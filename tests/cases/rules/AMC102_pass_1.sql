-- AMC102: must not be reported
WITH per_user AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id)
SELECT n AS frequency, COUNT(*) AS users FROM per_user GROUP BY n
