-- AMC103: must be reported
WITH i AS (SELECT * FROM dsp_impressions)
SELECT campaign, COUNT(*) AS n FROM i GROUP BY 1
