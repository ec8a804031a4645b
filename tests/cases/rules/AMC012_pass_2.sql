-- AMC012: must not be reported
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions JOIN dsp_clicks USING (campaign)
GROUP BY 1
