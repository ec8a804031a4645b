SELECT COUNT(DISTINCT user_id
FROM dsp_impressions
