-- AMC017: must not be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1 HAVING SUM(impressions) > 10
