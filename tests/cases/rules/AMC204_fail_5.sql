-- AMC204: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE campaign ~ '^BRAND'
