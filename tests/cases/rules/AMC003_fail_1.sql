-- AMC003: must be reported
SELECT  campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
