-- AMC106: must be reported
SELECT device_id FROM dsp_impressions_for_audiences
