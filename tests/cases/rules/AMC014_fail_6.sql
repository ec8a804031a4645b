-- AMC014: must be reported (DATE_TRUNC's units are AMC's documented list)
SELECT DATE_TRUNC('fortnight', impression_dt_utc) AS period, COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
