SELECT campaign
FROM dsp_impressions
GRUOP BY campaign
