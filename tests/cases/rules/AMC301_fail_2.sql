-- AMC301: must be reported
SELECT campaign, MAX(impression_dt) AS last_seen FROM dsp_impressions GROUP BY 1
