-- AMC003: must not be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE campaign = 'Brand A' GROUP BY 1
