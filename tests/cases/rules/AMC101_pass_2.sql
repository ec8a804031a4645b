-- AMC101: must not be reported
SELECT campaign, SUM(CASE WHEN user_id IS NULL THEN 1 ELSE 0 END) AS anonymous FROM dsp_impressions GROUP BY campaign
