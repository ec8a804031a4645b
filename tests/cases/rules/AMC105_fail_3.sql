-- AMC105: must be reported
SELECT campaign, SUM(CASE WHEN city_name LIKE 'Spring%' THEN 1 ELSE 0 END) AS n
FROM dsp_impressions GROUP BY 1
