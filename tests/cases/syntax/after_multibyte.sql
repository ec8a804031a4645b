SELECT 'Café München' AS city_label FORM dsp_impressions
