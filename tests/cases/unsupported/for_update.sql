SELECT COUNT(*) FROM dsp_impressions FOR UPDATE
