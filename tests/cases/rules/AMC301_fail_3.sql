-- AMC301: must be reported
SELECT DATE_TRUNC('HOUR', impression_dt) AS h, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
