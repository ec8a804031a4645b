SELECT campaign INTO t FROM dsp_impressions
