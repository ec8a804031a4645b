-- AMC201: must not be reported
SELECT campaign AS limit_label, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
