-- AMC104: must be reported
SELECT campaign, ROW_NUMBER() OVER (PARTITION BY campaign ORDER BY impression_dt) AS rn FROM dsp_impressions
