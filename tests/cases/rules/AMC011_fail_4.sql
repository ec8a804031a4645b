-- AMC011: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE campaign = "BRAND_A" GROUP BY 1
