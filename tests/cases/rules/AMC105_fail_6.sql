-- AMC105: must be reported
SELECT COALESCE(postal_code, 'unknown') AS zip, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY 1
