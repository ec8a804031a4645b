-- AMC006: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions;
SELECT COUNT(*) AS n FROM dsp_clicks;
SELECT COUNT(*) AS n FROM dsp_views;
