-- AMC017: must be reported
SELECT campaign, SUM(COUNT(*)) AS n FROM dsp_impressions GROUP BY 1
