-- AMC302: must not be reported
SELECT HOUR(impression_dt) AS h, COUNT(*) AS n FROM dsp_impressions GROUP BY HOUR(impression_dt)
