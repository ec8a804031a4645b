SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1 -- comment with spaces
