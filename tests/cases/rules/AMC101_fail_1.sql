-- AMC101: must be reported
SELECT user_id, COUNT(*) AS n
FROM dsp_impressions
GROUP BY user_id
