SELECT COUNT(*) AS n FROM dsp_impressions;
SELECT COUNT(*) AS n FROM dsp_clicks;
