-- AMC017: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE SUM(impressions) > 10 GROUP BY 1
