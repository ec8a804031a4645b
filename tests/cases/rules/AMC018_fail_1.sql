-- AMC018: must be reported
SELECT campaign, advertiser, COUNT(*) AS n
FROM dsp_impressions
GROUP BY campaign
