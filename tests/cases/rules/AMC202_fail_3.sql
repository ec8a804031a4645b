-- AMC202: must be reported
WITH a AS (SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1)
SELECT campaign, n FROM a ORDER BY campaign
