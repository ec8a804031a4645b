-- AMC015: must be reported
WITH a (x, y, z) AS (SELECT campaign, COUNT(*) FROM dsp_impressions GROUP BY 1)
SELECT x, y FROM a
