-- AMC014: must be reported
SELECT EXTRACT(FORTNIGHT FROM impression_dt_utc) AS period, COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
