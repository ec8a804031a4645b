-- AMC204: must be reported
WITH a AS (SELECT campaign, LAG(impression_dt) OVER (ORDER BY impression_dt) AS prev FROM dsp_impressions)
SELECT campaign, COUNT(*) AS n FROM a GROUP BY 1
