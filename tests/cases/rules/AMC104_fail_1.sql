-- AMC104: must be reported
SELECT campaign FROM dsp_impressions
