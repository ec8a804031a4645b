SELECT COUNT(*)
FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', 'P1D')) i
WHER i.campaign = 'x'
