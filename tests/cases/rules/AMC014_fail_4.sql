-- AMC014: must be reported
SELECT UPPER(DISTINCT campaign) AS c, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
