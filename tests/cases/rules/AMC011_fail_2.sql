-- AMC011: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i WHERE x.campaign IS NULL
