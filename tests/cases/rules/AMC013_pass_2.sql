-- AMC013: must not be reported
SELECT DATE_TRUNC('DAY', impression_dt) AS d, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
