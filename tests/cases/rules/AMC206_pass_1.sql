-- AMC206: must not be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
UNION ALL
SELECT campaign, COUNT(*) FROM dsp_clicks GROUP BY 1
