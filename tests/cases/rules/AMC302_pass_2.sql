-- AMC302: must not be reported
SELECT impression_date, COUNT(*) AS n FROM dsp_impressions GROUP BY impression_date
