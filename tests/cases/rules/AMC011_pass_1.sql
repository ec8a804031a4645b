-- AMC011: must not be reported
SELECT i.campaign, COUNT(*) AS n FROM dsp_impressions i GROUP BY i.campaign
