DELETE FROM dsp_impressions WHERE 1 = 1
