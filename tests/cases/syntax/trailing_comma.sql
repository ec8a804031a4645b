-- a trailing comma before FROM
SELECT campaign, COUNT(*),
FROM dsp_impressions
GROUP BY campaign
