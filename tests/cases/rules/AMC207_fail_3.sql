-- AMC207: must be reported
SELECT campaign, COUNT(*) * $3 AS n FROM dsp_impressions GROUP BY 1
