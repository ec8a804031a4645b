-- AMC013: must be reported
SELECT COUNTT(*) AS n FROM dsp_impressions
