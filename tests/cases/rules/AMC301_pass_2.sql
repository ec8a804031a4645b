-- AMC301: must not be reported
SELECT impression_date, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
