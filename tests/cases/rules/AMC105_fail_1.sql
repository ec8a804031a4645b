-- AMC105: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE postal_code = '10001'
