SELECT 1 AS x, COUNT(*) AS n FROM dsp_clicks
