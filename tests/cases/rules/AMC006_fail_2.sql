-- AMC006: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions; SELECT 1
