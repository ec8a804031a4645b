-- AMC103: must be reported
WITH c AS (SELECT campaign FROM dsp_clicks)
SELECT COUNT(*) AS n FROM (SELECT c.*, i.* FROM c JOIN dsp_impressions i ON c.campaign = i.campaign) x
