-- AMC105: must not be reported
SELECT COUNT(*) AS n FROM dsp_impressions
WHERE postal_code = CASE WHEN campaign = 'A' THEN city_name ELSE NULL END
