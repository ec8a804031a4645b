-- AMC001: must not be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign
