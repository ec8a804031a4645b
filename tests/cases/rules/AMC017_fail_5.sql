-- AMC017: must be reported (a window function reached through a GROUP BY ordinal)
SELECT campaign, COUNT(impressions) OVER (PARTITION BY campaign) AS n, SUM(impressions) AS imps FROM dsp_impressions GROUP BY 1, 2
