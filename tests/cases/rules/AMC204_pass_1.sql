-- AMC204: must not be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE impression_dt > CAST('now' AS TIMESTAMP)
