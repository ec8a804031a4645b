-- AMC302: must be reported
SELECT impression_dt, COUNT(*) AS n FROM dsp_impressions GROUP BY impression_dt
