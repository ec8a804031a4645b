-- AMC101: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY 1
UNION ALL
SELECT MD5(user_id), COUNT(*) FROM dsp_clicks GROUP BY 1
