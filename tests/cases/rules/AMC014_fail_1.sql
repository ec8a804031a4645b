-- AMC014: must be reported
SELECT ROUND(AVG(impressions), 2, 3) AS n FROM dsp_impressions
