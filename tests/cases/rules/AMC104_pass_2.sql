-- AMC104: must not be reported
WITH a AS (SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1) SELECT campaign, n FROM a
