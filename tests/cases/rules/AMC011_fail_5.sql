-- AMC011: must be reported
SELECT campaign, RANK() OVER w AS r, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign
