-- AMC102: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign, HASH64(device_id)
