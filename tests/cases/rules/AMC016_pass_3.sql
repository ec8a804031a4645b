-- AMC016: must not be reported
WITH a AS (SELECT campaign FROM dsp_impressions)
SELECT n FROM (WITH a AS (SELECT COUNT(*) AS n FROM a) SELECT n FROM a) x
