-- AMC014: must not be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE impression_dt >= BUILT_IN_PARAMETER('TIME_WINDOW_START')
