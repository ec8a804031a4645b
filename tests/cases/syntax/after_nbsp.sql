SELECT campaign ,, COUNT(*)
FROM dsp_impressions
