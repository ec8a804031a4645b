-- AMC301: must be reported
SELECT postal_code, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions GROUP BY 1
