-- AMC014: must be reported
SELECT REGEXP_REPLACE(campaign, '(20[0-9]{2}', '') AS campaign_family, COUNT(*) AS n
FROM dsp_impressions
GROUP BY 1
