SELECT campaign FROM dsp_impressions WHERE campaign IN ('a' 'b')
