-- AMC206: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
INTERSECT
SELECT campaign, COUNT(*) FROM dsp_clicks GROUP BY 1
