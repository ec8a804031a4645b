-- AMC011: must be reported
SELECT campain, COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
