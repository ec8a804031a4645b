-- AMC105: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions
WHERE user_id IN ('a1b2', 'c3d4')
