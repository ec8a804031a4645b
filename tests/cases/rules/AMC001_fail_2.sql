-- AMC001: must be reported
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions
WHERE campaign = 'a' AND
GROUP BY campaign
