-- AMC017: must be reported
SELECT RANK() AS r, COUNT(*) AS n FROM dsp_impressions
