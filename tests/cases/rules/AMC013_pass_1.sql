-- AMC013: must not be reported
SELECT campaign, SUM(impressions) AS n FROM dsp_impressions GROUP BY campaign
