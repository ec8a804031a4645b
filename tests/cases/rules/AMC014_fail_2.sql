-- AMC014: must be reported
SELECT SUM(*) AS n FROM dsp_impressions
