SELECT 'Café' AS x, COUNT(*) FROM dsp_impressions
