-- AMC102: must be reported
SELECT COUNT(*) AS n
FROM dsp_impressions
GROUP BY user_id
