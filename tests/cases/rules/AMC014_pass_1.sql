-- AMC014: must not be reported
SELECT ROUND(AVG(impressions), 2) AS n FROM dsp_impressions
