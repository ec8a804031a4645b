-- AMC105: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions i JOIN (VALUES ('10001')) v (zip) ON i.postal_code = v.zip
