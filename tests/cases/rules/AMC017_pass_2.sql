-- AMC017: must not be reported
SELECT campaign, SUM(COUNT(*)) OVER () AS total, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
