-- AMC105: must not be reported
SELECT postal_code, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions WHERE postal_code IS NOT NULL GROUP BY 1
