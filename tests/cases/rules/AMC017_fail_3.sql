-- AMC017: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE ROW_NUMBER() OVER (ORDER BY impression_dt) = 1 GROUP BY 1
