-- AMC303: must be reported
SELECT COUNT(*) AS n FROM (SELECT campaign FROM dsp_impressions ORDER BY campaign) x
