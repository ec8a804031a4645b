-- AMC015: must not be reported
WITH a (c, n) AS (SELECT campaign, COUNT(*) FROM dsp_impressions GROUP BY 1)
SELECT c, n FROM a
