-- AMC011: must not be reported
SELECT campaign AS c, COUNT(*) AS n FROM dsp_impressions GROUP BY c
