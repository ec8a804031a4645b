SELECT postal_code, COUNT(*) AS n FROM dsp_clicks GROUP BY postal_code UNION ALL SELECT city_name, COUNT(*) FROM dsp_views GROUP BY city_name
