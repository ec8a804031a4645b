-- AMC011: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i WHERE i.click_dt IS NULL
