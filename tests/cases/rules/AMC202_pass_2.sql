-- AMC202: must not be reported
WITH a AS (SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1 ORDER BY 2)
SELECT campaign, n FROM a
