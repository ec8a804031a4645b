-- AMC015: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions
WHERE campaign_id IN (SELECT campaign_id, campaign FROM dsp_clicks)
GROUP BY 1
